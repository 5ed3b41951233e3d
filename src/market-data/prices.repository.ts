import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';
import { isoTimestampSql } from '../common/json/json-sql.js';
import type { VersionedPage } from '../common/list-cache/list-page-cache.js';
import { listVersionSql } from '../common/list-cache/list-versions.repository.js';
import { LaneCoalescer } from '../common/batching/lane-coalescer.js';
import { TurnBatcher } from '../common/batching/turn-batcher.js';
import { classifyDatabaseError } from '../common/database-failure.js';
import { preparedQuery } from '../common/prepared-query.js';
import type { IsoDate } from '../common/time/calendar-date.js';
import { BAR_COPY_COLUMNS, barCopyRows, tsvCopyRows } from './bar-copy-rows.js';
import type { BarTsv } from './bar-tsv.js';
import { closeBarsOf, closeSeriesOf, type CloseSeries } from './close-series.js';
import type { StoredRange } from './fetch-range.js';
import { type PackedCloseTexts, packClosesOf, parsePackedCloses, parsePackedDays } from './packed-closes.js';
import type { BarSource, CloseBar, StoredBar, TickerCoverage } from './price-bar.js';
import { fullFetchSet, markFullFetch } from './stocks.repository.js';

const COVERAGE = `SELECT s.ticker, s.name, s.exchange, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
    s.first_bar_date::text AS "firstDate", s.last_bar_date::text AS "lastDate", s.bar_count AS "barCount"
  FROM stocks s`;

/**
 * The bars a merge added for one ticker (rows that were not stored: changed ones are not counted) and
 * their date span; nulls when it added none.
 */
interface AddedBars {
  bars: number;
  first: IsoDate | null;
  last: IsoDate | null;
}

/** Per ticker, the rows a merge inserted or changed, and the bars among them it added. */
type MergedBars = Map<string, { changed: number } & AddedBars>;

/**
 * The stocks columns a bar write sets besides the version: the coverage grows by the bars added (LEAST and
 * GREATEST skip a null, so a write that added none leaves the dates as they are). Parameters: the number
 * of bars added, their first and their last date.
 */
const coverageSet = (bars: string, first: string, last: string): string =>
  `bar_count = bar_count + ${bars}, first_bar_date = LEAST(first_bar_date, ${first}::date), ` +
  `last_bar_date = GREATEST(last_bar_date, ${last}::date)`;

/** Bar writes that run at once (each a transaction with one COPY for its group's first loads). */
const BAR_WRITE_LANES = 3;
/** Bar writes one transaction takes at most (a queue batch is four; twelve tickers load at once). */
const MAX_BAR_WRITE_GROUP = 8;

/** Both ways of writing a packed close series (repacked from the rows, or packed in Node) end alike. */
const UPSERT_PACKED = `ON CONFLICT (ticker) DO UPDATE
         SET dates = EXCLUDED.dates, calendar = EXCLUDED.calendar, closes = EXCLUDED.closes, version = EXCLUDED.version`;

/**
 * The rows (ticker, version) of the price versions of the tickers in the varchar[] parameter `tickers`
 * (e.g. `$1`): every price or corporate-action write bumps a ticker's version; a ticker not stored has no row.
 */
export function priceVersionsSql(tickers: string): string {
  return `SELECT ticker, COALESCE(prices_updated_at::text, '') AS version FROM stocks WHERE ticker = ANY(${tickers}::varchar[])`;
}

/** Owns `stock_prices` and its packed closes, `stock_close_series`: COPY-speed writes and set-based reads. */
@Injectable()
export class PricesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Upserts a ticker's bars in one transaction (which may write other tickers' too: see barWrites);
   * returns how many rows were inserted or changed. `fullFetchAt` (the bars are the ticker's whole
   * history, fetched then) is marked on the ticker in the same transaction. The bars come as objects or as
   * a provider's text rows (BarTsv: ascending, one per date).
   */
  async upsertBars(
    ticker: string,
    bars: StoredBar[] | BarTsv,
    source: BarSource,
    fullFetchAt?: Date,
  ): Promise<number> {
    const batch = barBatchOf(ticker, bars, source);
    if (!batch) {
      if (fullFetchAt) await markFullFetch(this.dataSource.manager, ticker, fullFetchAt);
      return 0;
    }
    return this.barWrites.add({ ticker, batch, fullFetchAt });
  }

  /**
   * Bar writes take turns on BAR_WRITE_LANES lanes, and the writes waiting for a lane are written
   * together: up to twelve tickers load at once, and their writes arrive in fours (a queue batch's
   * tickers fetch side by side), where PostgreSQL spends about a fifth more CPU per row on twelve
   * concurrent COPYs than on two (docs/PERFORMANCE.md).
   */
  private readonly barWrites = new LaneCoalescer<BarWrite, number>(
    (writes) => this.writeGroup(writes),
    BAR_WRITE_LANES,
    MAX_BAR_WRITE_GROUP,
  );

  /**
   * A group's writes in one transaction; if that fails (a ticker without its stocks row, say), or a
   * ticker appears twice, each write on its own, so that a write fails only for its own reason. A
   * database that cannot be reached is every write's reason: the group fails at once (thrown, so every
   * write rejects with it) rather than paying a connection attempt per write.
   */
  private async writeGroup(writes: BarWrite[]): Promise<PromiseSettledResult<number>[]> {
    if (writes.length > 1 && new Set(writes.map((write) => write.ticker)).size === writes.length) {
      const written = await this.writeTogether(writes).catch((error: unknown) => {
        if (classifyDatabaseError(error)?.kind === 'unreachable') throw error;
        return null;
      });
      if (written) return written.map((value) => ({ status: 'fulfilled', value }));
    }
    const results: PromiseSettledResult<number>[] = [];
    for (const write of writes) {
      results.push(
        await this.writeTogether([write]).then(
          ([value]) => ({ status: 'fulfilled' as const, value }),
          (reason: unknown) => ({ status: 'rejected' as const, reason }),
        ),
      );
    }
    return results;
  }

  /**
   * Writes the bars of distinct tickers in one transaction; returns how many rows each inserted or
   * changed. Bars go in with COPY: straight into stock_prices for the tickers whose range holds no
   * stored bar (a first load), in one COPY, else into a staging table merged by one INSERT … ON CONFLICT
   * that changes only rows that differ.
   */
  private writeTogether(writes: BarWrite[]): Promise<number[]> {
    return this.dataSource.transaction(async (manager) => {
      // Locking the tickers' rows (in one order, so two writers cannot deadlock) makes writers of one
      // ticker take turns, so "no stored bar in the range" (and "no stored bar at all") still holds when
      // the COPY runs. After a wait for a lock, the row's own columns are those of its latest version
      // (the one locked), but the EXISTS checks still see the statement's snapshot, taken before the
      // wait: the bars of the writer waited for are seen through the coverage it grew, bars written
      // outside the service through the checks. Committing asynchronously is safe: WAL is flushed in
      // order, so the job's later, synchronous commit of these tickers' outcomes makes these rows durable
      // too, and a crash before it re-runs them. (set_config in this statement saves a round trip.)
      const targets = await preparedQuery<{ ticker: string; fresh: boolean; overlaps: boolean }>(
        manager,
        `SELECT set_config('synchronous_commit', 'off', true) AS async_commit, s.ticker,
                s.bar_count = 0 AND NOT EXISTS (SELECT 1 FROM stock_prices WHERE ticker = s.ticker) AS fresh,
                COALESCE(s.first_bar_date <= w.last AND s.last_bar_date >= w.first, false)
                  OR EXISTS (SELECT 1 FROM stock_prices p
                              WHERE p.ticker = s.ticker AND p.date BETWEEN w.first AND w.last) AS overlaps
           FROM unnest($1::varchar[], $2::date[], $3::date[]) AS w(ticker, first, last)
           JOIN stocks s ON s.ticker = w.ticker
          ORDER BY s.ticker
            FOR NO KEY UPDATE OF s`,
        [
          writes.map((write) => write.ticker),
          writes.map((write) => write.batch.first),
          writes.map((write) => write.batch.last),
        ],
      );
      const byTicker = new Map(targets.map((target) => [target.ticker, target]));
      // A ticker without its stocks row: the COPY fails on the foreign key, as the upsert would.
      const copied = writes.filter((write) => !byTicker.get(write.ticker)?.overlaps);
      const merging = writes.filter((write) => byTicker.get(write.ticker)?.overlaps);
      if (copied.length > 0) await copyInto(manager, 'stock_prices', rowsOf(copied));
      const merged = merging.length > 0 ? await this.mergeBars(manager, rowsOf(merging)) : new Map();
      const written: number[] = [];
      for (const { ticker, batch, fullFetchAt } of writes) {
        const target = byTicker.get(ticker)!;
        // No stored bar in the range: every row is a bar added.
        const added: AddedBars & { changed: number } = target.overlaps
          ? (merged.get(ticker) ?? { changed: 0, bars: 0, first: null, last: null })
          : { changed: batch.count, bars: batch.count, first: batch.first, last: batch.last };
        if (added.changed > 0) {
          // A first load's bars are all the ticker has: pack them here rather than read them back.
          const packed = target.fresh ? batch.packed() : null;
          await this.bumpVersionAndPackCloses(manager, ticker, packed, added, fullFetchAt);
        } else if (fullFetchAt) {
          // No bar changed, so no version bump to carry the mark.
          await markFullFetch(manager, ticker, fullFetchAt);
        }
        written.push(added.changed);
      }
      return written;
    });
  }

  /**
   * COPY into a staging table dropped at commit, then one upsert that skips rows already equal; returns,
   * per ticker, the rows inserted or changed and the bars added among them (read in the same statement,
   * whose snapshot does not see its own inserts: the rows that were not stored before it).
   */
  private async mergeBars(manager: EntityManager, rows: Iterable<Buffer>): Promise<MergedBars> {
    await manager.query(
      `CREATE TEMPORARY TABLE stock_prices_staging (LIKE stock_prices INCLUDING DEFAULTS) ON COMMIT DROP`,
    );
    await copyInto(manager, 'stock_prices_staging', rows);
    const merged: ({ ticker: string; changed: number } & AddedBars)[] = await manager.query(
      `WITH added AS (
         SELECT st.ticker, count(*)::int AS bars, min(st.date)::text AS first, max(st.date)::text AS last
           FROM stock_prices_staging st
          WHERE NOT EXISTS (SELECT 1 FROM stock_prices p WHERE p.ticker = st.ticker AND p.date = st.date)
          GROUP BY st.ticker
       ), changed AS (
         INSERT INTO stock_prices AS p (${BAR_COPY_COLUMNS})
         SELECT ${BAR_COPY_COLUMNS} FROM stock_prices_staging
         ON CONFLICT (ticker, date) DO UPDATE SET
           open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
           volume = EXCLUDED.volume, vwap = EXCLUDED.vwap, trades = EXCLUDED.trades,
           adjusted = EXCLUDED.adjusted, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at
         WHERE (p.open, p.high, p.low, p.close, p.volume, p.vwap, p.trades, p.adjusted, p.source)
           IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume,
                             EXCLUDED.vwap, EXCLUDED.trades, EXCLUDED.adjusted, EXCLUDED.source)
         RETURNING p.ticker
       )
       SELECT c.ticker, c.changed, COALESCE(a.bars, 0) AS bars, a.first, a.last
         FROM (SELECT ticker, count(*)::int AS changed FROM changed GROUP BY ticker) c
         LEFT JOIN added a ON a.ticker = c.ticker`,
    );
    return new Map(merged.map(({ ticker, ...counts }) => [ticker, counts]));
  }

  /**
   * Upserts one grouped-daily answer (many tickers, usually one date) in one transaction, like upsertBars;
   * returns, per ticker, how many rows were inserted or changed (tickers with none are left out).
   */
  async upsertBarsOfTickers(
    bars: (StoredBar & { ticker: string })[],
    source: BarSource,
  ): Promise<Map<string, number>> {
    const written = new Map<string, number>();
    if (bars.length === 0) return written;
    const byTicker = new Map<string, StoredBar[]>();
    for (const { ticker, ...bar } of bars) byTicker.set(ticker, [...(byTicker.get(ticker) ?? []), bar]);
    const tickers = [...byTicker.keys()].sort();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL synchronous_commit = off`);
      // The same per-ticker turn-taking as upsertBars, taken in one order so two writers cannot deadlock.
      await manager.query(
        `SELECT ticker FROM stocks WHERE ticker = ANY($1::varchar[]) ORDER BY ticker FOR NO KEY UPDATE`,
        [tickers],
      );
      const rows = (function* () {
        // Without stocks rows the COPY fails on the foreign key, as in upsertBars.
        for (const ticker of tickers) yield* barCopyRows(ticker, byTicker.get(ticker)!, source);
      })();
      const merged = await this.mergeBars(manager, rows);
      if (merged.size > 0) {
        const changed = [...merged];
        await manager.query(
          `UPDATE stocks s SET prices_updated_at = clock_timestamp(), ${coverageSet('a.bars', 'a.first', 'a.last')}
             FROM unnest($1::varchar[], $2::int[], $3::date[], $4::date[]) AS a(ticker, bars, first, last)
            WHERE s.ticker = a.ticker`,
          [
            changed.map(([ticker]) => ticker),
            changed.map(([, added]) => added.bars),
            changed.map(([, added]) => added.first),
            changed.map(([, added]) => added.last),
          ],
        );
      }
      for (const [ticker, { changed }] of merged) written.set(ticker, changed);
      return written;
    });
  }

  /**
   * Rewrites the packed close series of `tickers` from their stored bars (upsertBars does it in the
   * transaction that changed them; a stale row is repacked by the next read anyway, so this only warms).
   */
  async packCloseSeries(tickers: string[]): Promise<void> {
    await this.packCloses(this.dataSource.manager, tickers);
  }

  /**
   * After a write of `ticker`'s bars: a new price version, its coverage grown by the bars `added`, and its
   * packed closes at that version. `packed` (all of its bars, packed in Node) is stored as given; null
   * repacks from the stored bars.
   */
  private async bumpVersionAndPackCloses(
    manager: EntityManager,
    ticker: string,
    packed: PackedCloseTexts | null,
    added: AddedBars,
    fullFetchAt: Date | undefined,
  ): Promise<void> {
    // The full-fetch mark rides on the version bump (its parameter is the statement's last).
    const marks = (param: string) => (fullFetchAt ? `, ${fullFetchSet(param)}` : '');
    const mark = fullFetchAt ? [fullFetchAt] : [];
    const coverage = [added.bars, added.first, added.last];
    if (!packed) {
      await preparedQuery(
        manager,
        `UPDATE stocks SET prices_updated_at = clock_timestamp(), ${coverageSet('$2', '$3', '$4')}${marks('$5')}
          WHERE ticker = $1`,
        [ticker, ...coverage, ...mark],
      );
      await this.packCloses(manager, [ticker]);
      return;
    }
    await preparedQuery(
      manager,
      `WITH bumped AS (
         UPDATE stocks SET prices_updated_at = clock_timestamp(), ${coverageSet('$4', '$5', '$6')}${marks('$7')}
          WHERE ticker = $1
         RETURNING ticker, prices_updated_at
       )
       INSERT INTO stock_close_series (ticker, dates, calendar, closes, version)
       SELECT ticker, $2, md5($2), $3, COALESCE(prices_updated_at::text, '') FROM bumped
       ${UPSERT_PACKED}`,
      [ticker, packed.dates, packed.closes, ...coverage, ...mark],
    );
  }

  /** Packs `tickers` from their bars, tagged with their current price version; returns the packed rows. */
  private async packCloses(manager: EntityManager, tickers: string[]): Promise<PackedCloses[]> {
    return manager.query(
      `INSERT INTO stock_close_series (ticker, dates, calendar, closes, version)
       SELECT ticker, dates, md5(dates), closes, version FROM (
         SELECT p.ticker, string_agg(p.date::text, ',' ORDER BY p.date) AS dates,
                string_agg(p.close::text, ',' ORDER BY p.date) AS closes,
                COALESCE(s.prices_updated_at::text, '') AS version
           FROM stock_prices p JOIN stocks s ON s.ticker = p.ticker
          WHERE p.ticker = ANY($1::varchar[])
          GROUP BY p.ticker, s.prices_updated_at
       ) packed
        ORDER BY ticker -- rows are locked in one order, so two readers packing at once cannot deadlock
       ${UPSERT_PACKED}
       RETURNING ticker, dates, calendar, closes`,
      [tickers],
    );
  }

  /**
   * storedRanges for one ticker: the reads of one turn (a queue batch's loads start side by side) are
   * one statement per `sessions`.
   */
  storedRange(ticker: string, sessions: number): Promise<StoredRange | undefined> {
    return this.rangeReads.add({ ticker, sessions });
  }

  private readonly rangeReads = new TurnBatcher(
    async (reads: { ticker: string; sessions: number }[], sessions: number) => {
      const ranges = await this.storedRanges([...new Set(reads.map((read) => read.ticker))], sessions);
      return reads.map((read) => ranges.get(read.ticker));
    },
    (read) => read.sessions,
  );

  /** Per ticker: the first and last stored dates and the date from which to re-fetch `sessions` sessions. */
  async storedRanges(
    tickers: string[],
    sessions: number,
  ): Promise<Map<string, { firstDate: IsoDate; lastDate: IsoDate; refetchFrom: IsoDate }>> {
    const rows = await preparedQuery<{
      ticker: string;
      firstDate: IsoDate;
      lastDate: IsoDate;
      refetchFrom: IsoDate;
    }>(
      this.dataSource,
      `SELECT t.ticker, r.first_date::text AS "firstDate", r.last_date::text AS "lastDate",
                r.refetch_from::text AS "refetchFrom"
           FROM unnest($1::varchar[]) AS t(ticker)
           CROSS JOIN LATERAL (
             SELECT (SELECT min(date) FROM stock_prices WHERE ticker = t.ticker) AS first_date,
                    (SELECT max(date) FROM stock_prices WHERE ticker = t.ticker) AS last_date,
                    (SELECT min(date) FROM (SELECT date FROM stock_prices WHERE ticker = t.ticker
                                             ORDER BY date DESC LIMIT $2) recent) AS refetch_from
           ) r
          WHERE r.last_date IS NOT NULL`,
      [tickers, sessions],
    );
    return new Map(rows.map((row) => [row.ticker, row]));
  }

  async coverage(ticker?: string): Promise<TickerCoverage[]> {
    return ticker
      ? this.dataSource.query(`${COVERAGE} WHERE s.ticker = $1`, [ticker])
      : this.dataSource.query(`${COVERAGE} ORDER BY s.ticker`);
  }

  /**
   * Every stock's coverage, by ticker, in one query, as the JSON array the list route sends (stock.mapper),
   * with the stocks list's version in the same snapshot.
   */
  async coveragePage(): Promise<VersionedPage> {
    const [page]: VersionedPage[] = await this.dataSource.query(
      `SELECT COALESCE(json_agg(json_build_object(
                'ticker', s.ticker,
                'name', s.name,
                'exchange', s.exchange,
                'created_at', ${isoTimestampSql('s."createdAt"')},
                'updated_at', ${isoTimestampSql('s."updatedAt"')},
                'first_date', s."firstDate",
                'last_date', s."lastDate",
                'bar_count', s."barCount") ORDER BY s.ticker), '[]'::json)::text AS json,
              ${listVersionSql('stocks')} AS version
         FROM (${COVERAGE}) s`,
    );
    return page;
  }

  async listBars(
    ticker: string,
    from?: IsoDate,
    to?: IsoDate,
  ): Promise<(StoredBar & BarSource & { fetchedAt: Date })[]> {
    return this.dataSource.query(
      `SELECT date::text AS date, open::text, high::text, low::text, close::text, volume::text, vwap::text,
              trades::int AS trades, adjusted, source, fetched_at AS "fetchedAt"
         FROM stock_prices
        WHERE ticker = $1 AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3)
        ORDER BY date`,
      [ticker, from ?? null, to ?? null],
    );
  }

  /** The version of each ticker's stored bars (changes whenever they change); absent tickers are left out. */
  async priceVersions(tickers: string[]): Promise<Map<string, string>> {
    const rows: { ticker: string; version: string }[] = await this.dataSource.query(priceVersionsSql('$1'), [
      tickers,
    ]);
    return new Map(rows.map((row) => [row.ticker, row.version]));
  }

  /**
   * Every stored close of these tickers as typed arrays: one packed row per ticker (two comma-joined
   * strings), far cheaper than one row per bar, scanned straight into epoch days and closes (no object or
   * substring per bar). The dates of a calendar are sent once, with the first of its tickers, and parsed
   * once. A packed row counts only at the ticker's current price version; a ticker with none (or a stale
   * one) is packed from its bars now. A ticker without bars is left out.
   */
  async closeArrays(tickers: string[]): Promise<Map<string, CloseSeries>> {
    const series = new Map<string, CloseSeries>();
    if (tickers.length === 0) return series;
    const packed: PackedCloses[] = await this.dataSource.query(
      `SELECT c.ticker, c.calendar, c.closes,
              CASE WHEN row_number() OVER (PARTITION BY c.calendar ORDER BY c.ticker) = 1 THEN c.dates END AS dates
         FROM stock_close_series c JOIN stocks s ON s.ticker = c.ticker
        WHERE c.ticker = ANY($1::varchar[]) AND c.version = COALESCE(s.prices_updated_at::text, '')`,
      [tickers],
    );
    const found = new Set(packed.map((row) => row.ticker));
    const unpacked = tickers.filter((ticker) => !found.has(ticker));
    const rows =
      unpacked.length === 0
        ? packed
        : packed.concat(await this.packCloses(this.dataSource.manager, unpacked));
    // Tickers mostly share one calendar: its dates are parsed once and the days shared.
    const calendars = new Map<string, Int32Array>();
    for (const row of rows)
      if (row.dates !== null && !calendars.has(row.calendar))
        calendars.set(row.calendar, parsePackedDays(row.dates));
    for (const row of rows) {
      const days = calendars.get(row.calendar)!;
      series.set(row.ticker, closeSeriesOf(days, parsePackedCloses(row.closes, days.length)));
    }
    return series;
  }

  /** Every stored close of these tickers as bar objects (closeArrays, for readers that want objects). */
  async closeSeries(tickers: string[]): Promise<Map<string, CloseBar[]>> {
    const series = new Map<string, CloseBar[]>();
    for (const [ticker, arrays] of await this.closeArrays(tickers)) series.set(ticker, closeBarsOf(arrays));
    return series;
  }
}

interface PackedCloses {
  ticker: string;
  /** md5 of the dates: one key per calendar. */
  calendar: string;
  /** Null on every row of a calendar but one. */
  dates: string | null;
  closes: string;
}

/** What upsertBars writes of a non-empty set of bars, whichever form they came in; null for none. */
interface BarBatch {
  /** Bars, one COPY row each. */
  count: number;
  first: IsoDate;
  last: IsoDate;
  /** The bars' COPY rows, afresh on every call (a failed group's writes are written again one by one). */
  copyRows(): Iterable<Buffer>;
  /** packClosesOf's answer for the bars. */
  packed(): PackedCloseTexts | null;
}

function barBatchOf(ticker: string, bars: StoredBar[] | BarTsv, source: BarSource): BarBatch | null {
  if (Array.isArray(bars)) {
    if (bars.length === 0) return null;
    return {
      count: bars.length,
      ...dateSpan(bars),
      copyRows: () => barCopyRows(ticker, bars, source),
      packed: () => packClosesOf(bars),
    };
  }
  if (bars.count === 0) return null;
  return {
    count: bars.count,
    first: bars.first!,
    last: bars.last!,
    copyRows: () => tsvCopyRows(ticker, bars, source),
    packed: () => bars.packed,
  };
}

/** One upsertBars call waiting for its lane. */
interface BarWrite {
  ticker: string;
  batch: BarBatch;
  fullFetchAt: Date | undefined;
}

/** The COPY rows of `writes`, one after the other. */
function* rowsOf(writes: BarWrite[]): Generator<Buffer> {
  for (const write of writes) yield* write.batch.copyRows();
}

/** The first and last dates of `bars` (in any order). */
function dateSpan(bars: StoredBar[]): { first: IsoDate; last: IsoDate } {
  let first = bars[0].date;
  let last = first;
  for (const { date } of bars) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { first, last };
}

/**
 * Writes COPY text chunks into `table` on the transaction's connection (its statement timeout applies),
 * straight onto the COPY stream rather than through a Readable and a pipeline (a ten-year series is one
 * chunk). A chunk that throws (a value COPY would have to escape) fails the COPY, which rolls it back.
 */
async function copyInto(manager: EntityManager, table: string, rows: Iterable<Buffer>): Promise<number> {
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY ${table} (${BAR_COPY_COLUMNS}) FROM STDIN`));
  const done = finished(copy);
  try {
    for (const chunk of rows) {
      if (copy.destroyed) break;
      if (!copy.write(chunk)) await once(copy, 'drain');
    }
  } catch (error) {
    copy.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  copy.end();
  await done;
  return copy.rowCount;
}
