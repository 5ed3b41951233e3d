import { jest } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { classifyDatabaseError } from '../../src/common/database-failure.js';
import { daysBetween } from '../../src/common/time/calendar-date.js';
import { loadConfig } from '../../src/config/load-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import type { BarSource, StoredBar } from '../../src/market-data/price-bar.js';
import { PricesRepository } from '../../src/market-data/prices.repository.js';
import { StocksRepository } from '../../src/market-data/stocks.repository.js';
import { untilBlockedOnLock } from '../support/lock-wait.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { createTestDataSource, type TestDataSource } from '../support/test-data-source.js';
import { barTsvOf } from '../factories/bar-tsv.factory.js';
import { storedBar } from '../factories/stored-bar.factory.js';

const bar = storedBar;
const polygon: BarSource = { adjusted: true, source: 'polygon' };
const imported: BarSource = { adjusted: false, source: 'import' };

/** The upsert the COPY path replaced (one unnest statement per batch), kept here as the reference. */
async function referenceUpsert(sql: pg.Client, ticker: string, bars: StoredBar[], source: BarSource) {
  if (bars.length === 0) return 0;
  const column = (key: keyof StoredBar) => bars.map((b) => b[key]);
  const result = await sql.query(
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
  );
  return result.rowCount ?? 0;
}

describe('PricesRepository: COPY writes and packed close series', () => {
  let db: TestDataSource;
  let prices: PricesRepository;
  let sql: pg.Client;
  beforeAll(async () => {
    db = await createTestDataSource();
    prices = new PricesRepository(db.dataSource);
    sql = new pg.Client({ connectionString: db.database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await db.close();
  });

  /** Every column but the ticker, as text, plus when each row was (re)written. */
  const stored = async (ticker: string) =>
    (
      await sql.query(
        `SELECT date::text, open::text, high::text, low::text, close::text, volume::text, vwap::text,
                trades::text, adjusted, source, fetched_at
           FROM stock_prices WHERE ticker = $1 ORDER BY date`,
        [ticker],
      )
    ).rows as (Record<string, string | boolean | null> & { fetched_at: Date })[];
  const rowsOnly = (rows: Awaited<ReturnType<typeof stored>>) =>
    rows.map(({ fetched_at: _fetchedAt, ...row }) => row);
  /** Dates whose row was rewritten between two reads. */
  const rewritten = (before: Awaited<ReturnType<typeof stored>>, after: Awaited<ReturnType<typeof stored>>) =>
    after
      .filter((row) => {
        const old = before.find((b) => b.date === row.date);
        return !old || old.fetched_at.getTime() !== row.fetched_at.getTime();
      })
      .map((row) => row.date);

  it('stores and counts exactly what the old upsert did: new range, overlap with changes, repeats, empty, older range', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['CPY', 'REF']);
    const steps: [StoredBar[], BarSource][] = [
      // A new range: straight COPY.
      [
        [
          bar('2024-01-02', '187.123456789', { vwap: '186.5', trades: 42 }),
          bar('2024-01-03', '0.0001', { volume: '123456789012.5' }),
          bar('2024-01-05', '12.30'),
        ],
        polygon,
      ],
      // Overlapping: one close changed, one equal, one new date, another source: staged and merged.
      [
        [
          bar('2024-01-03', '0.0002', { volume: '123456789012.5' }),
          bar('2024-01-05', '12.30'),
          bar('2024-01-08', '13'),
        ],
        polygon,
      ],
      [[bar('2024-01-08', '13')], imported],
      // The same again: nothing changes.
      [[bar('2024-01-08', '13')], imported],
      // Empty.
      [[], polygon],
      // Older than everything stored, no overlap: straight COPY next to stored bars.
      [[bar('2023-12-28', '99.999999'), bar('2023-12-29', '100')], polygon],
    ];
    for (const [bars, source] of steps) {
      const [beforeOurs, beforeTheirs] = [await stored('CPY'), await stored('REF')];
      const versionBefore = (await prices.priceVersions(['CPY'])).get('CPY');
      const ours = await prices.upsertBars('CPY', bars, source);
      const theirs = await referenceUpsert(sql, 'REF', bars, source);
      expect(ours).toBe(theirs);
      const [afterOurs, afterTheirs] = [await stored('CPY'), await stored('REF')];
      expect(rowsOnly(afterOurs)).toEqual(rowsOnly(afterTheirs));
      expect(rewritten(beforeOurs, afterOurs)).toEqual(rewritten(beforeTheirs, afterTheirs));
      const versionAfter = (await prices.priceVersions(['CPY'])).get('CPY');
      if (ours > 0) expect(versionAfter).not.toBe(versionBefore);
      else expect(versionAfter).toBe(versionBefore);
    }
    expect((await stored('CPY')).map((row) => row.date)).toEqual([
      '2023-12-28',
      '2023-12-29',
      '2024-01-02',
      '2024-01-03',
      '2024-01-05',
      '2024-01-08',
    ]);
  });

  it('the packed read returns exactly the row read: precision beyond cents, gaps, tickers without bars', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['PK1', 'PK2', 'NOBARS']);
    await prices.upsertBars(
      'PK1',
      [
        bar('2020-02-28', '1234.567890123456789'),
        bar('2020-03-02', '0.000001'),
        // A gap of a week.
        bar('2020-03-10', '99.995'),
      ],
      polygon,
    );
    await prices.upsertBars('PK2', [bar('2021-06-01', '10'), bar('2021-06-02', '10.5')], polygon);
    // A merge that changes a close and adds a date rewrites the packed series in the same transaction.
    await prices.upsertBars('PK2', [bar('2021-06-02', '10.25'), bar('2021-06-04', '11.125')], polygon);

    const tickers = ['PK1', 'PK2', 'NOBARS', 'UNKNOWN'];
    const rowRead = async () => {
      const { rows } = await sql.query(
        `SELECT ticker, date::text AS date, close::text AS close FROM stock_prices
          WHERE ticker = ANY($1) ORDER BY ticker, date`,
        [tickers],
      );
      const series = new Map<string, { date: string; close: number }[]>();
      for (const row of rows as { ticker: string; date: string; close: string }[])
        series.set(row.ticker, [
          ...(series.get(row.ticker) ?? []),
          { date: row.date, close: Number(row.close) },
        ]);
      return series;
    };
    const expected = await rowRead();
    expect(expected.get('PK1')).toEqual([
      { date: '2020-02-28', close: Number('1234.567890123456789') },
      { date: '2020-03-02', close: 0.000001 },
      { date: '2020-03-10', close: 99.995 },
    ]);
    expect(expected.get('PK2')!.map((b) => b.close)).toEqual([10, 10.25, 11.125]);

    const packed = await db.dataSource.query(
      `SELECT ticker FROM stock_close_series WHERE ticker = ANY($1) ORDER BY ticker`,
      [tickers],
    );
    expect(packed).toEqual([{ ticker: 'PK1' }, { ticker: 'PK2' }]);
    const read = await prices.closeSeries(tickers);
    expect(new Map([...read].sort())).toEqual(expected);

    // Bars written around the repository have no packed row: they are read from the rows instead.
    await sql.query('DELETE FROM stock_close_series WHERE ticker = $1', ['PK1']);
    expect(new Map([...(await prices.closeSeries(tickers))].sort())).toEqual(expected);
    await prices.packCloseSeries(['PK1']);
    expect(new Map([...(await prices.closeSeries(tickers))].sort())).toEqual(expected);
  });

  it('a first load packs its closes in Node exactly as the SQL repack does, at the new price version', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['NPK1', 'NPK2']);
    const packedRow = async (ticker: string) =>
      (
        await sql.query(
          `SELECT c.dates, c.calendar = md5(c.dates) AS keyed, c.closes, c.version = s.prices_updated_at::text AS current
             FROM stock_close_series c JOIN stocks s USING (ticker) WHERE c.ticker = $1`,
          [ticker],
        )
      ).rows[0] as { dates: string; keyed: boolean; closes: string; current: boolean };
    // Packed in Node (plain closes, dates in order), then repacked by SQL: the same row.
    await prices.upsertBars(
      'NPK1',
      [bar('2024-01-02', '187.123456789'), bar('2024-01-03', '0.0001'), bar('2024-01-05', '12.30')],
      polygon,
    );
    const inNode = await packedRow('NPK1');
    expect(inNode).toEqual({
      dates: '2024-01-02,2024-01-03,2024-01-05',
      keyed: true,
      closes: '187.123456789,0.0001,12.30',
      current: true,
    });
    await prices.packCloseSeries(['NPK1']);
    expect(await packedRow('NPK1')).toEqual(inNode);
    // A close PostgreSQL prints otherwise ("1e3" is stored as 1000) and dates out of order: repacked by SQL.
    await prices.upsertBars('NPK2', [bar('2024-01-03', '1e3'), bar('2024-01-02', '5')], polygon);
    expect(await packedRow('NPK2')).toEqual({
      dates: '2024-01-02,2024-01-03',
      keyed: true,
      closes: '5,1000',
      current: true,
    });
  });

  it("bars given as a provider's text rows store, count and pack exactly as the same bars as objects", async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['TSV1', 'OBJ1']);
    const first = [
      bar('2024-01-02', '187.123456789', { vwap: '186.5', trades: 42 }),
      bar('2024-01-03', '0.0001', { volume: '63896155' }),
      bar('2024-01-05', '12.30'),
    ];
    // then an overlap that changes one close and adds a date (the merge path)
    const second = [bar('2024-01-05', '12.31'), bar('2024-01-08', '13')];
    const packedRow = async (ticker: string) =>
      (
        await sql.query(
          `SELECT c.dates, c.closes, s.bar_count, s.first_bar_date::text, s.last_bar_date::text
             FROM stock_close_series c JOIN stocks s USING (ticker) WHERE c.ticker = $1`,
          [ticker],
        )
      ).rows[0] as Record<string, unknown>;
    for (const bars of [first, second]) {
      const written = await prices.upsertBars('TSV1', barTsvOf(bars), imported);
      expect(written).toBe(await prices.upsertBars('OBJ1', bars, imported));
      expect(rowsOnly(await stored('TSV1'))).toEqual(rowsOnly(await stored('OBJ1')));
      expect(await packedRow('TSV1')).toEqual(await packedRow('OBJ1'));
    }
    expect(await packedRow('TSV1')).toMatchObject({ closes: '187.123456789,0.0001,12.31,13', bar_count: 4 });
    expect(await prices.upsertBars('TSV1', barTsvOf([]), imported)).toBe(0);
  });

  it('a packed row older than the price version is never served: the read repacks it', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['ST1', 'ST2']);
    await prices.upsertBars('ST1', [bar('2022-01-03', '20'), bar('2022-01-04', '21')], polygon);
    await prices.upsertBars('ST2', [bar('2022-01-03', '7')], polygon);
    expect((await prices.closeSeries(['ST1'])).get('ST1')!.map((b) => b.close)).toEqual([20, 21]);
    // The grouped-daily write does not pack; it bumps the version like every write.
    await prices.upsertBarsOfTickers(
      [
        { ...bar('2022-01-04', '21.5'), ticker: 'ST1' },
        { ...bar('2022-01-05', '22'), ticker: 'ST1' },
        { ...bar('2022-01-04', '7.25'), ticker: 'ST2' },
      ],
      polygon,
    );
    const read = await prices.closeSeries(['ST1', 'ST2']);
    expect(read.get('ST1')).toEqual([
      { date: '2022-01-03', close: 20 },
      { date: '2022-01-04', close: 21.5 },
      { date: '2022-01-05', close: 22 },
    ]);
    expect(read.get('ST2')!.map((b) => b.close)).toEqual([7, 7.25]);
    const { rows } = await sql.query(
      `SELECT c.ticker FROM stock_close_series c JOIN stocks s USING (ticker)
        WHERE c.ticker IN ('ST1', 'ST2') AND c.version = s.prices_updated_at::text ORDER BY 1`,
    );
    expect(rows).toEqual([{ ticker: 'ST1' }, { ticker: 'ST2' }]);

    // The typed read serves the same repacked closes, and repacks a stale row just the same.
    const epochDays = (dates: string[]) => dates.map((date) => daysBetween('1970-01-01', date));
    const arrays = await prices.closeArrays(['ST1', 'ST2']);
    expect([...arrays.get('ST1')!.days]).toEqual(epochDays(['2022-01-03', '2022-01-04', '2022-01-05']));
    expect([...arrays.get('ST1')!.closes]).toEqual([20, 21.5, 22]);
    await prices.upsertBarsOfTickers([{ ...bar('2022-01-05', '7.5'), ticker: 'ST2' }], polygon);
    const repacked = await prices.closeArrays(['ST1', 'ST2']);
    expect(repacked.get('ST1')).toEqual(arrays.get('ST1'));
    expect([...repacked.get('ST2')!.closes]).toEqual([7, 7.25, 7.5]);
    // ST1 and ST2 now share a calendar: its dates are parsed once, the days shared.
    expect(repacked.get('ST2')!.days).toBe(repacked.get('ST1')!.days);
    // Both packed now: the read sends that calendar's dates once, and serves the same closes.
    const shared = await prices.closeArrays(['ST1', 'ST2']);
    expect(shared).toEqual(repacked);
    expect(shared.get('ST2')!.days).toBe(shared.get('ST1')!.days);
  });

  it('two writers of one new range take turns: one COPY, one merge that changes nothing', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['RACE']);
    const bars = [bar('2024-02-01', '5.5'), bar('2024-02-02', '5.75')];
    const counts = await Promise.all([
      prices.upsertBars('RACE', bars, polygon),
      prices.upsertBars('RACE', bars, polygon),
    ]);
    expect(counts.sort()).toEqual([0, 2]);
    expect((await prices.closeSeries(['RACE'])).get('RACE')).toEqual([
      { date: '2024-02-01', close: 5.5 },
      { date: '2024-02-02', close: 5.75 },
    ]);
  });

  it.each([
    ['its dates (the COPY failed on the primary key: a 409)', '2024-02-01'],
    ['other dates (a first load packed its closes without them)', '2024-01-31'],
  ])(
    'a writer that waited for the ticker sees what the one before it committed: %s',
    async (_title, date) => {
      const ticker = `WAIT${date.slice(-2)}`;
      await new StocksRepository(db.dataSource).ensureTickers([ticker]);
      // Another writer holds the ticker's turn and stores a bar, not yet committed.
      await sql.query('BEGIN');
      await sql.query('SELECT 1 FROM stocks WHERE ticker = $1 FOR NO KEY UPDATE', [ticker]);
      await referenceUpsert(sql, ticker, [bar(date, '4')], polygon);
      // As the service's writers do, in the same transaction: the ticker's version and coverage grow.
      await sql.query(
        `UPDATE stocks SET prices_updated_at = clock_timestamp(), bar_count = bar_count + 1,
                first_bar_date = LEAST(first_bar_date, $2::date), last_bar_date = GREATEST(last_bar_date, $2::date)
          WHERE ticker = $1`,
        [ticker, date],
      );
      const waiting = prices.upsertBars(
        ticker,
        [bar('2024-02-01', '5.5'), bar('2024-02-02', '5.75')],
        polygon,
      );
      waiting.catch(() => undefined); // awaited below, after the commit
      await untilBlockedOnLock(sql, 'the writer waiting for the ticker');
      await sql.query('COMMIT');

      expect(await waiting).toBe(2);
      const closes = new Map([
        [date, 4],
        ['2024-02-01', 5.5],
        ['2024-02-02', 5.75],
      ]);
      expect((await prices.closeSeries([ticker])).get(ticker)).toEqual(
        [...closes].sort().map(([day, close]) => ({ date: day, close })),
      );
    },
  );

  describe('bar writes that arrive together are written together', () => {
    const closesOf = async (ticker: string) => (await prices.closeSeries([ticker])).get(ticker);
    const coverageOf = async (ticker: string) => {
      const [row] = await prices.coverage(ticker);
      return { first: row.firstDate, last: row.lastDate, bars: row.barCount };
    };
    /** What `run` answers, and how many transactions it opened. */
    const withTransactionCount = async <T>(
      run: () => Promise<T>,
      dataSource = db.dataSource,
    ): Promise<[T, number]> => {
      const transactions = jest.spyOn(dataSource, 'transaction');
      try {
        const result = await run();
        return [result, transactions.mock.calls.length];
      } finally {
        transactions.mockRestore();
      }
    };

    it('one transaction for the writes of one turn, each counted, covered and packed as its own', async () => {
      const tickers = ['TOGA', 'TOGB', 'TOGC', 'TOGD'];
      await new StocksRepository(db.dataSource).ensureTickers(tickers);
      const barsOf = (i: number) => [
        bar('2024-05-01', `${i}.5`),
        bar('2024-05-02', `${i}.25`),
        bar(`2024-05-0${3 + i}`, `${i}`),
      ];
      const [counts, transactions] = await withTransactionCount(() =>
        Promise.all(
          tickers.map((ticker, i) =>
            prices.upsertBars(ticker, i % 2 ? barTsvOf(barsOf(i)) : barsOf(i), polygon),
          ),
        ),
      );
      expect(counts).toEqual([3, 3, 3, 3]);
      expect(transactions).toBe(1);
      for (const [i, ticker] of tickers.entries()) {
        expect(await closesOf(ticker)).toEqual(
          barsOf(i).map((b) => ({ date: b.date, close: Number(b.close) })),
        );
        expect(await coverageOf(ticker)).toEqual({ first: '2024-05-01', last: `2024-05-0${3 + i}`, bars: 3 });
      }
      const versions = await prices.priceVersions(tickers);
      expect(new Set(tickers.map((ticker) => versions.get(ticker))).size).toBe(4);
    });

    it('a first load and a ticker with stored bars in the range: one is copied, the other merged', async () => {
      await new StocksRepository(db.dataSource).ensureTickers(['MIXA', 'MIXB']);
      expect(await prices.upsertBars('MIXA', [bar('2024-06-03', '1'), bar('2024-06-04', '2')], polygon)).toBe(
        2,
      );
      const counts = await Promise.all([
        // One close changed, one unchanged, one new day.
        prices.upsertBars(
          'MIXA',
          [bar('2024-06-03', '1'), bar('2024-06-04', '2.5'), bar('2024-06-05', '3')],
          polygon,
        ),
        prices.upsertBars('MIXB', [bar('2024-06-03', '7')], polygon),
      ]);
      expect(counts).toEqual([2, 1]);
      expect(await closesOf('MIXA')).toEqual([
        { date: '2024-06-03', close: 1 },
        { date: '2024-06-04', close: 2.5 },
        { date: '2024-06-05', close: 3 },
      ]);
      expect(await coverageOf('MIXA')).toEqual({ first: '2024-06-03', last: '2024-06-05', bars: 3 });
      expect(await closesOf('MIXB')).toEqual([{ date: '2024-06-03', close: 7 }]);
    });

    it('a write that fails fails alone: the group is written again write by write', async () => {
      await new StocksRepository(db.dataSource).ensureTickers(['ALNA', 'ALNB']);
      const [results, transactions] = await withTransactionCount(() =>
        Promise.allSettled([
          prices.upsertBars('ALNA', [bar('2024-07-01', '1'), bar('2024-07-02', '1')], polygon),
          prices.upsertBars('NOROW', [bar('2024-07-01', '1')], polygon), // no stocks row: the foreign key
          prices.upsertBars('ALNB', [bar('2024-07-01', '2'), bar('2024-07-02', '2\n3')], polygon), // would escape
        ]),
      );
      // The group's transaction, then one per write.
      expect(transactions).toBe(4);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
      expect(results[0]).toMatchObject({ value: 2 });
      expect(results[1]).toMatchObject({ reason: { code: '23503' } });
      expect(results[2]).toMatchObject({
        reason: { message: expect.stringContaining('would have to escape') },
      });
      expect(await closesOf('ALNA')).toEqual([
        { date: '2024-07-01', close: 1 },
        { date: '2024-07-02', close: 1 },
      ]);
      expect(await stored('ALNB')).toEqual([]);
      expect(await stored('NOROW')).toEqual([]);
    });

    it('two writes of one ticker in a group are written one after the other, in order', async () => {
      await new StocksRepository(db.dataSource).ensureTickers(['DUPL']);
      const counts = await Promise.all([
        prices.upsertBars('DUPL', [bar('2024-08-01', '1'), bar('2024-08-02', '2')], polygon),
        prices.upsertBars('DUPL', [bar('2024-08-02', '2.5'), bar('2024-08-05', '3')], polygon),
      ]);
      expect(counts).toEqual([2, 2]);
      expect(await closesOf('DUPL')).toEqual([
        { date: '2024-08-01', close: 1 },
        { date: '2024-08-02', close: 2.5 },
        { date: '2024-08-05', close: 3 },
      ]);
      expect(await coverageOf('DUPL')).toEqual({ first: '2024-08-01', last: '2024-08-05', bars: 3 });
    });

    it('a database that cannot be reached fails the whole group at once, not write by write', async () => {
      const tickers = ['GONA', 'GONB', 'GONC', 'GOND'];
      await new StocksRepository(db.dataSource).ensureTickers(tickers);
      const proxy = await startTcpProxy(Number(new URL(db.database.url).port));
      const throughProxy = new URL(db.database.url);
      throughProxy.port = String(proxy.port);
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_CONNECT_TIMEOUT_SECONDS: '2' });
      const severed = new DataSource(dataSourceOptions(throughProxy.toString(), config.database));
      await severed.initialize();
      try {
        const severedPrices = new PricesRepository(severed);
        await proxy.cut(); // the pool's connections are lost, and new ones are refused
        const [results, transactions] = await withTransactionCount(
          () =>
            Promise.allSettled(
              tickers.map((ticker) => severedPrices.upsertBars(ticker, [bar('2024-09-02', '1')], polygon)),
            ),
          severed,
        );
        expect(transactions).toBe(1);
        for (const result of results) {
          expect(result.status).toBe('rejected');
          const reason = (result as PromiseRejectedResult).reason;
          expect(classifyDatabaseError(reason)).toMatchObject({ kind: 'unreachable' });
        }
      } finally {
        await severed.destroy().catch(() => undefined);
      }
      for (const ticker of tickers) expect(await stored(ticker)).toEqual([]);
    });
  });

  it('refuses a value that COPY text would have to escape, storing nothing', async () => {
    await new StocksRepository(db.dataSource).ensureTickers(['ESC']);
    await expect(
      prices.upsertBars('ESC', [bar('2024-03-01', '1'), bar('2024-03-04', '2\n3')], polygon),
    ).rejects.toThrow('would have to escape');
    expect(await stored('ESC')).toEqual([]);
  });

  it("a COPY runs under the session's statement timeout", async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_STATEMENT_TIMEOUT_SECONDS: '1',
      DATABASE_LOCK_TIMEOUT_SECONDS: '60',
    });
    const shortTimeouts = new DataSource(dataSourceOptions(db.database.url, config.database));
    await shortTimeouts.initialize();
    try {
      await new StocksRepository(db.dataSource).ensureTickers(['SLOW']);
      // Another transaction holds an uncommitted bar of the range: the COPY waits on its key until the
      // statement timeout cancels it.
      await sql.query('BEGIN');
      await referenceUpsert(sql, 'SLOW', [bar('2024-04-02', '1')], polygon);
      await expect(
        new PricesRepository(shortTimeouts).upsertBars(
          'SLOW',
          [bar('2024-04-01', '1'), bar('2024-04-02', '1')],
          polygon,
        ),
      ).rejects.toMatchObject({ code: '57014' });
    } finally {
      await sql.query('ROLLBACK');
      await shortTimeouts.destroy();
    }
    expect(await stored('SLOW')).toEqual([]);
  });
});
