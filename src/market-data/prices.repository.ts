import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isoTimestampSql } from '../common/json/json-sql.js';
import type { IsoDate } from '../common/time/calendar-date.js';
import type { BarSource, CloseBar, StoredBar, TickerCoverage } from './price-bar.js';

/** Bars per statement: large enough to amortise round trips, small enough for the parameter arrays. */
const CHUNK = 5000;

const COVERAGE = `SELECT s.ticker, s.name, s.exchange, s.created_at AS "createdAt", s.updated_at AS "updatedAt",
    c.first_date::text AS "firstDate", c.last_date::text AS "lastDate", COALESCE(c.bar_count, 0)::int AS "barCount"
  FROM stocks s
  LEFT JOIN LATERAL (
    SELECT min(date) AS first_date, max(date) AS last_date, count(*) AS bar_count
      FROM stock_prices p WHERE p.ticker = s.ticker
  ) c ON true`;

/** Owns `stock_prices`: set-based writes (one statement per chunk, never one per bar) and reads. */
@Injectable()
export class PricesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upserts bars in one transaction; returns how many rows were inserted or changed. */
  async upsertBars(ticker: string, bars: StoredBar[], source: BarSource): Promise<number> {
    if (bars.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      // Safe to commit asynchronously: WAL is flushed in order, so the job's later, synchronous commit
      // of this ticker's outcome makes these rows durable too, and a crash before it re-runs the ticker.
      await manager.query(`SET LOCAL synchronous_commit = off`);
      let written = 0;
      for (let i = 0; i < bars.length; i += CHUNK) {
        written += await this.upsertChunk(manager, ticker, bars.slice(i, i + CHUNK), source);
      }
      if (written > 0) {
        await manager.query(`UPDATE stocks SET prices_updated_at = clock_timestamp() WHERE ticker = $1`, [
          ticker,
        ]);
      }
      return written;
    });
  }

  private async upsertChunk(manager: EntityManager, ticker: string, bars: StoredBar[], source: BarSource) {
    const column = (key: keyof StoredBar) => arrayLiteral(bars.map((bar) => bar[key]));
    const result = await manager.queryRunner!.query(
      `INSERT INTO stock_prices AS p (ticker, date, open, high, low, close, volume, vwap, trades, adjusted, source, fetched_at)
       SELECT $1, b.date, b.open, b.high, b.low, b.close, b.volume, b.vwap, b.trades, $2, $3, now()
         FROM unnest($4::date[], $5::numeric[], $6::numeric[], $7::numeric[], $8::numeric[], $9::numeric[],
                     $10::numeric[], $11::bigint[]) AS b(date, open, high, low, close, volume, vwap, trades)
       ON CONFLICT (ticker, date) DO UPDATE SET
         open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
         volume = EXCLUDED.volume, vwap = EXCLUDED.vwap, trades = EXCLUDED.trades,
         adjusted = EXCLUDED.adjusted, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at
       WHERE (p.open, p.high, p.low, p.close, p.volume, p.vwap, p.trades, p.adjusted, p.source)
         IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume,
                           EXCLUDED.vwap, EXCLUDED.trades, EXCLUDED.adjusted, EXCLUDED.source)`,
      [
        ticker,
        source.adjusted,
        source.source,
        column('date'),
        column('open'),
        column('high'),
        column('low'),
        column('close'),
        column('volume'),
        column('vwap'),
        column('trades'),
      ],
      true,
    );
    return result.affected ?? 0;
  }

  /** Per ticker: the first and last stored dates and the date from which to re-fetch `sessions` sessions. */
  async storedRanges(
    tickers: string[],
    sessions: number,
  ): Promise<Map<string, { firstDate: IsoDate; lastDate: IsoDate; refetchFrom: IsoDate }>> {
    const rows: { ticker: string; firstDate: IsoDate; lastDate: IsoDate; refetchFrom: IsoDate }[] =
      await this.dataSource.query(
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

  /** Every stock's coverage, by ticker, in one query, as the JSON array the list route sends (stock.mapper). */
  async coverageJson(): Promise<string> {
    const [{ json }]: { json: string }[] = await this.dataSource.query(
      `SELECT COALESCE(json_agg(json_build_object(
                'ticker', s.ticker,
                'name', s.name,
                'exchange', s.exchange,
                'created_at', ${isoTimestampSql('s."createdAt"')},
                'updated_at', ${isoTimestampSql('s."updatedAt"')},
                'first_date', s."firstDate",
                'last_date', s."lastDate",
                'bar_count', s."barCount") ORDER BY s.ticker), '[]'::json)::text AS json
         FROM (${COVERAGE}) s`,
    );
    return json;
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
    const rows: { ticker: string; version: string }[] = await this.dataSource.query(
      `SELECT ticker, COALESCE(prices_updated_at::text, '') AS version FROM stocks WHERE ticker = ANY($1::varchar[])`,
      [tickers],
    );
    return new Map(rows.map((row) => [row.ticker, row.version]));
  }

  /**
   * Every stored close of these tickers, in one query. Each series comes back as two comma-joined strings,
   * which is far cheaper to decode than one row per bar.
   */
  async closeSeries(tickers: string[]): Promise<Map<string, CloseBar[]>> {
    const series = new Map<string, CloseBar[]>();
    if (tickers.length === 0) return series;
    const rows: { ticker: string; dates: string; closes: string }[] = await this.dataSource.query(
      `SELECT t.ticker, b.dates, b.closes
         FROM unnest($1::varchar[]) AS t(ticker)
         CROSS JOIN LATERAL (
           SELECT string_agg(date::text, ',' ORDER BY date) AS dates,
                  string_agg(close::text, ',' ORDER BY date) AS closes
             FROM stock_prices WHERE ticker = t.ticker
         ) b
        WHERE b.dates IS NOT NULL`,
      [tickers],
    );
    for (const row of rows) {
      const dates = row.dates.split(',');
      const closes = row.closes.split(',');
      series.set(
        row.ticker,
        dates.map((date, i) => ({ date, close: Number(closes[i]) })),
      );
    }
    return series;
  }
}

/**
 * A Postgres array literal built in one join: the values are dates, plain decimals and integers (never
 * quotes, commas or braces), so per-element escaping, which dominates pg's own array encoding, is moot.
 */
function arrayLiteral(values: (string | number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : value)).join(',')}}`;
}
