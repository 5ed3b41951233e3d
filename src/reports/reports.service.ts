import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConflictProblem, NotFoundProblem } from '../common/problem/problem.exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/job-names.js';
import { JobQueue } from '../jobs/job-queue.service.js';
import { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import { toReturnsResponse } from '../returns/returns.mapper.js';
import { type EachInputs, type EachWindow, ReturnsService } from '../returns/returns.service.js';
import type { ReportFormat } from './report-format.js';
import {
  csvHeader,
  csvLines,
  failedLineOf,
  ndjsonLines,
  packLine,
  storedLineOf,
  unpackLine,
} from './report-lines.js';
import type { ReportLineRow, ReportRecord, ReturnsReportRequest } from './report.record.js';
import { ReportsRepository } from './reports.repository.js';
import { SerialLane } from './serial-lane.js';

/** Customers per page of a download: a few MB of text at most, whatever the report's size. */
const DOWNLOAD_PAGE = 500;

/** Chunks a worker fetches at once: enough to keep the pipeline full, few enough to leave some to others. */
const PARTS_PER_FETCH = 4;

/** Problems of one customer (unknown since, missing prices) that become its line's `error`. */
const CUSTOMER_PROBLEMS = new Set([404, 422]);

/**
 * Returns reports over every customer: created with their chunks queued in one transaction, computed
 * chunk by chunk by whichever instance's worker takes each, and streamed from the stored lines.
 */
@Injectable()
export class ReportsService implements OnModuleInit {
  private readonly logger = new Logger('Reports');
  /** Chunks read one after the other: the first reads the closes cold, the next find them cached. */
  private readonly reading = new SerialLane();
  /** Chunks computed one after the other (CPU work): each one's writes overlap the next's computation. */
  private readonly computing = new SerialLane();

  constructor(
    private readonly reports: ReportsRepository,
    private readonly returns: ReturnsService,
    private readonly ledger: PortfolioLedgerRepository,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Several chunks per fetch: the queue fetches again at once while fetches come back full, so a worker
    // does not wait out a polling interval between chunks; the chunks running here are pipelined (see
    // runPart) so that one's reads and writes overlap another's computation. Two workers: while one waits
    // for the last write of its batch and fetches the next, the other's chunks keep the pipeline busy.
    this.queue.register(
      QUEUES.returnsReportChunk,
      { batchSize: PARTS_PER_FETCH, localConcurrency: 2 },
      (job) => this.runPart(job.data.reportId, job.data.part, job.signal, job.retryCount >= job.retryLimit),
    );
  }

  /** Validates the window as /returns does, then queues the report over every current customer. */
  async createReturnsReport(request: ReturnsReportRequest): Promise<ReportRecord> {
    this.returns.checkWindow(request.start_date, request.end_date);
    const id = randomUUID();
    await this.reports.create(
      { id, type: 'returns', request },
      (manager, after) => this.ledger.customerIdsAfter(after, this.config.reports.chunkSize, manager),
      (db, parts) =>
        this.queue.insert(
          QUEUES.returnsReportChunk,
          parts.map((part) => ({ id: randomUUID(), data: { reportId: id, part } })),
          db,
        ),
    );
    const report = (await this.reports.findById(id))!;
    this.logger.log(
      { reportId: id, customers: report.customersTotal, parts: report.partsTotal },
      'Returns report queued',
    );
    return report;
  }

  async get(id: string): Promise<ReportRecord> {
    const report = await this.reports.findById(id);
    if (!report) throw new NotFoundProblem(`Report ${id} not found`);
    return report;
  }

  /**
   * The report's lines in `format`, a page of customers at a time (pulled as the client reads, so memory
   * stays bounded). 409 until the report has succeeded.
   */
  async download(id: string, format: ReportFormat, withHoldings: boolean): Promise<AsyncIterable<string>> {
    const report = await this.get(id);
    if (report.state !== 'succeeded') {
      const detail =
        report.state === 'failed'
          ? `Report ${id} failed (${report.error ?? 'unknown error'}): request a new one`
          : `Report ${id} is ${report.state} (${report.customersDone} of ${report.customersTotal} customers ` +
            `done): download it once its state is succeeded`;
      throw new ConflictProblem(detail, { state: report.state });
    }
    return this.lines(id, format, withHoldings);
  }

  private async *lines(id: string, format: ReportFormat, withHoldings: boolean): AsyncIterable<string> {
    const render = format === 'csv' ? csvLines : ndjsonLines;
    if (format === 'csv') yield csvHeader(withHoldings);
    let after: string | null = null;
    for (;;) {
      const page = await this.reports.linesAfter(id, after, DOWNLOAD_PAGE);
      if (page.length === 0) return;
      let text = '';
      for (const row of page) text += render(unpackLine(row.body), withHoldings);
      yield text;
      after = page[page.length - 1].customerId;
    }
  }

  /**
   * One chunk: each customer's returns as /returns computes them (reads shared by the chunk), stored with
   * the chunk's outcome in one transaction. The chunks running in this process are read one at a time and
   * computed one at a time, so while one computes the next is read and the one before is written. On the
   * last allowed attempt an unexpected error fails the chunk (and so the report) instead of being retried.
   */
  async runPart(reportId: string, part: number, signal: AbortSignal, lastAttempt: boolean): Promise<void> {
    const started = await this.reports.startPart(reportId, part);
    if (!started) return; // settled by an earlier attempt, or its report failed
    let settled;
    try {
      const window = windowOf(started.request);
      const inputs = await this.reading.run(async () => {
        signal.throwIfAborted();
        return this.returns.readEach(started.customerIds, window);
      });
      const lines = await this.computing.run(() => this.computeLines(inputs, signal));
      settled = await this.reports.finishPart(reportId, part, lines);
    } catch (error) {
      if (!lastAttempt || signal.aborted) throw error;
      this.logger.error({ reportId, part, err: error }, 'Report part failed on its last attempt');
      settled = await this.reports.failPart(reportId, part, `internal: ${(error as Error).message}`);
    }
    if (settled) this.logger.log({ reportId, state: settled.state }, 'Returns report finished');
  }

  /** Each customer's stored line, computed one after the other from the chunk's shared reads. */
  private async computeLines(inputs: EachInputs, signal: AbortSignal): Promise<ReportLineRow[]> {
    const { window } = inputs;
    const lines: ReportLineRow[] = [];
    for (const { customerId, result, problem } of this.returns.computeEach(inputs)) {
      signal.throwIfAborted();
      if (result) {
        const body = packLine(storedLineOf(toReturnsResponse({ ...window, customerId }, result)));
        lines.push({ customerId, body, failed: false });
      } else {
        if (!CUSTOMER_PROBLEMS.has(problem!.problem.status)) throw problem;
        const { title, detail } = problem!.problem;
        const body = packLine(failedLineOf(customerId, window, `${title}: ${detail}`));
        lines.push({ customerId, body, failed: true });
      }
      // The calculations are CPU work: let requests (health checks, progress polls) in between them.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return lines;
  }
}

/** The calculation window of a report's request. */
function windowOf(request: ReturnsReportRequest): EachWindow {
  return {
    start: request.start_date,
    end: request.end_date,
    benchmark: request.benchmark ?? undefined,
    dividends: request.dividends,
    costBasis: request.cost_basis,
  };
}
