import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Db } from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { NewReport, ReportLineRow, ReportRecord, SettledReport, StartedPart } from './report.record.js';

const OPEN = `('queued', 'running')`;

const REPORT_COLUMNS = `r.id, r.type, r.state, r.request, r.customers_total AS "customersTotal",
  r.parts_total AS "partsTotal", r.error, r.created_at AS "createdAt", r.started_at AS "startedAt",
  r.finished_at AS "finishedAt"`;

/** pg-boss runs its SQL through this adapter so that enqueueing joins our transaction. */
function bossDb(manager: EntityManager): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await manager.queryRunner!.query(text, values, true);
      return { rows: result.records, rowCount: result.affected };
    },
  };
}

/** Owns `reports`, `report_parts` (one queue job each) and `report_lines` (each customer's result). */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the report, its parts (customer ids from `nextCustomers`, page by page) and their queue jobs
   * in one transaction: either the whole report is queued or nothing is. A report without customers is
   * settled at once. `nextCustomers` reads through the transaction's manager: on a second pooled
   * connection, as many creations as connections waited for each other until the connect timeout.
   */
  async create(
    report: NewReport,
    nextCustomers: (manager: EntityManager, after: string | null) => Promise<string[]>,
    enqueue: (db: Db, parts: number[]) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO reports (id, type, state, request, customers_total, parts_total)
         VALUES ($1, $2, 'queued', $3, 0, 0)`,
        [report.id, report.type, report.request],
      );
      const parts: number[] = [];
      let customers = 0;
      for (
        let page = await nextCustomers(manager, null);
        page.length > 0;
        page = await nextCustomers(manager, page.at(-1)!)
      ) {
        await manager.query(
          `INSERT INTO report_parts (report_id, part, state, customer_ids) VALUES ($1, $2, 'queued', $3::uuid[])`,
          [report.id, parts.length, page],
        );
        parts.push(parts.length);
        customers += page.length;
      }
      await manager.query(
        `UPDATE reports SET customers_total = $2, parts_total = $3,
                state = CASE WHEN $3 = 0 THEN 'succeeded' ELSE state END,
                finished_at = CASE WHEN $3 = 0 THEN now() END
          WHERE id = $1`,
        [report.id, customers, parts.length],
      );
      await enqueue(bossDb(manager), parts);
    });
  }

  /** The report with its progress summed over its parts; null when there is none. */
  async findById(id: string): Promise<ReportRecord | null> {
    const [report] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS},
              COALESCE(p.parts_done, 0)::int AS "partsDone",
              COALESCE(p.customers_done, 0)::int AS "customersDone",
              COALESCE(p.customers_failed, 0)::int AS "customersFailed"
         FROM reports r
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE state NOT IN ${OPEN}) AS parts_done,
                  sum(customers_done) AS customers_done, sum(customers_failed) AS customers_failed
             FROM report_parts WHERE report_id = r.id) p ON true
        WHERE r.id = $1`,
      [id],
    );
    return report ?? null;
  }

  /**
   * Marks a part running (and its report, on the first part) and answers what to compute; null when the
   * part is already settled (an attempt that finished it, or a failed report).
   */
  async startPart(reportId: string, part: number): Promise<StartedPart | null> {
    // For UPDATE … RETURNING, TypeORM's query() answers [rows, affectedCount].
    const [[started]] = await this.dataSource.query(
      `UPDATE report_parts p SET state = 'running'
         FROM reports r
        WHERE p.report_id = $1 AND p.part = $2 AND r.id = p.report_id
          AND p.state IN ${OPEN} AND r.state IN ${OPEN}
        RETURNING r.request, p.customer_ids::text[] AS "customerIds"`,
      [reportId, part],
    );
    if (!started) return null;
    await this.dataSource.query(
      `UPDATE reports SET state = 'running', started_at = now(), updated_at = now()
        WHERE id = $1 AND state = 'queued'`,
      [reportId],
    );
    return started;
  }

  /**
   * Marks the part succeeded with its lines and, when it was the last open part, settles the report: all
   * in one transaction, so a part's lines exist exactly when it counts as done. A part already settled
   * (a duplicate attempt) writes nothing. Returns the settled report, if any.
   */
  async finishPart(reportId: string, part: number, lines: ReportLineRow[]): Promise<SettledReport | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM reports WHERE id = $1 FOR UPDATE`, [reportId]);
      const [finished] = await manager.query(
        `UPDATE report_parts SET state = 'succeeded', customers_done = $3, customers_failed = $4,
                error = NULL, finished_at = now()
          WHERE report_id = $1 AND part = $2 AND state IN ${OPEN}
          RETURNING part`,
        [reportId, part, lines.length, lines.filter((line) => line.failed).length],
      );
      if (finished.length === 0) return null;
      if (lines.length > 0) {
        // One parameter per value (at most 2 × 5,000 + 2): each body goes as it is, where an array
        // parameter would escape every quote of it and PostgreSQL parse the array literal back.
        const rows = lines.map((_, i) => `($1, $${2 * i + 3}::uuid, $2, $${2 * i + 4})`);
        await manager.query(
          `INSERT INTO report_lines (report_id, customer_id, part, body) VALUES ${rows.join(', ')}`,
          [reportId, part, ...lines.flatMap((line) => [line.customerId, line.body])],
        );
      }
      return settle(manager, reportId);
    });
  }

  /** A part that could not be computed (its last attempt failed): the report fails once its parts settle. */
  async failPart(reportId: string, part: number, error: string): Promise<SettledReport | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM reports WHERE id = $1 FOR UPDATE`, [reportId]);
      await manager.query(
        `UPDATE report_parts SET state = 'failed', error = $3, finished_at = now()
          WHERE report_id = $1 AND part = $2 AND state IN ${OPEN}`,
        [reportId, part, error],
      );
      return settle(manager, reportId);
    });
  }

  /** Up to `limit` lines after customer `after`, in customer id order (keyset: memory stays bounded). */
  async linesAfter(
    reportId: string,
    after: string | null,
    limit: number,
  ): Promise<{ customerId: string; body: string }[]> {
    return this.dataSource.query(
      `SELECT customer_id AS "customerId", body FROM report_lines
        WHERE report_id = $1 AND ($2::uuid IS NULL OR customer_id > $2)
        ORDER BY customer_id LIMIT $3`,
      [reportId, after, limit],
    );
  }
}

/** Settles the report once no part is open: succeeded, or failed when a part failed. */
async function settle(manager: EntityManager, reportId: string): Promise<SettledReport | null> {
  const [[settled]] = await manager.query(
    `UPDATE reports r SET
        state = CASE WHEN f.failed = 0 THEN 'succeeded' ELSE 'failed' END,
        error = CASE WHEN f.failed = 0 THEN NULL ELSE f.failed || ' of ' || f.total || ' parts failed' END,
        finished_at = now(), started_at = COALESCE(r.started_at, now()), updated_at = now()
       FROM (SELECT count(*)::int AS total,
                    count(*) FILTER (WHERE state = 'failed')::int AS failed,
                    count(*) FILTER (WHERE state IN ${OPEN})::int AS open
               FROM report_parts WHERE report_id = $1) f
      WHERE r.id = $1 AND r.state IN ${OPEN} AND f.open = 0
      RETURNING r.id, r.state`,
    [reportId],
  );
  return settled ?? null;
}
