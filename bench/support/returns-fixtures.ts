import type pg from 'pg';
import { findNegativePosition, type LedgerTrade } from '../../src/portfolios/position-ledger.js';
import { mulberry32 } from '../../test/support/seeded-random.js';

/** Synthetic prices and portfolios for bench/returns.ts, written straight to the tables in SQL. */

export const TICKERS = 100;
export const FIRST_DATE = '2015-01-01';
export const LAST_DATE = '2024-12-31';

export interface PriceRange {
  tickers: number;
  from: string;
  to: string;
}

/**
 * `tickers` tickers × Mon–Fri of `from`..`to` (default: 100 × the ten years above), a deterministic smooth
 * price path per ticker, in one statement.
 */
export async function seedPrices(
  sql: pg.Pool,
  { tickers: count, from, to }: PriceRange = { tickers: TICKERS, from: FIRST_DATE, to: LAST_DATE },
): Promise<string[]> {
  const tickers = Array.from({ length: count }, (_, i) => `BR${String(i).padStart(3, '0')}`);
  await sql.query(
    `INSERT INTO stocks (ticker, name, exchange) SELECT t, t || ' Bench Inc.', 'XNAS' FROM unnest($1::varchar[]) t`,
    [tickers],
  );
  await sql.query(
    `INSERT INTO stock_prices (ticker, date, open, high, low, close, volume, vwap, trades, adjusted, source, fetched_at)
     SELECT t.ticker, d.date, round(p.close * 0.998, 2), round(p.close * 1.01, 2), round(p.close * 0.99, 2),
            p.close, 1000000 + 1000 * t.k, round(p.close, 4), 5000 + t.k, true, 'import', now()
       FROM unnest($1::varchar[]) WITH ORDINALITY AS t(ticker, k)
      CROSS JOIN LATERAL (
        SELECT g::date AS date, (g::date - $2::date) AS i
          FROM generate_series($2::date, $3::date, interval '1 day') g
         WHERE extract(isodow FROM g) < 6
      ) d
      CROSS JOIN LATERAL (
        SELECT round(((20 + 3 * t.k) * exp(0.0002 * d.i) * (1 + 0.15 * sin(d.i / 37.0 + t.k)))::numeric, 2) AS close
      ) p`,
    [tickers, from, to],
  );
  // Around the repository, so its coverage too (the stocks list reads it).
  await sql.query(`SELECT recount_stock_coverage($1::varchar[])`, [tickers]);
  return tickers;
}

export const SPLITS_PER_TICKER = 4;
export const DIVIDENDS_PER_TICKER = 40;

/**
 * Per ticker, 4 splits (2-for-1 and 3-for-2, alternately, every other year from 2017) and 40 quarterly USD
 * cash dividends over the ten years, each on a weekday, straight into the corporate-action tables. Forward
 * splits only: a ledger that never goes short in real shares never does in the newest basis either.
 */
export async function seedCorporateActions(sql: pg.Pool, tickers: string[]): Promise<void> {
  const splitDates = Array.from({ length: SPLITS_PER_TICKER }, (_, i) =>
    weekdayOnOrAfter(`${2017 + 2 * i}-03-01`),
  );
  const dividendDates = Array.from({ length: DIVIDENDS_PER_TICKER }, (_, q) => {
    const date = new Date(`${FIRST_DATE}T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + 3 * q + 1);
    date.setUTCDate(15);
    return weekdayOnOrAfter(date.toISOString().slice(0, 10));
  });
  await sql.query(
    `INSERT INTO stock_splits (ticker, execution_date, split_from, split_to, source)
     SELECT t.ticker, s.date, CASE WHEN s.i % 2 = 1 THEN 1 ELSE 2 END, CASE WHEN s.i % 2 = 1 THEN 2 ELSE 3 END,
            'import'
       FROM unnest($1::varchar[]) AS t(ticker) CROSS JOIN unnest($2::date[]) WITH ORDINALITY AS s(date, i)`,
    [tickers, splitDates],
  );
  await sql.query(
    `INSERT INTO cash_dividends (ticker, ex_dividend_date, pay_date, cash_amount, currency, dividend_type, source)
     SELECT t.ticker, d.date, d.date + 14, round(0.1 + 0.01 * t.k, 4), 'USD', 'CD', 'import'
       FROM unnest($1::varchar[]) WITH ORDINALITY AS t(ticker, k) CROSS JOIN unnest($2::date[]) AS d(date)`,
    [tickers, dividendDates],
  );
}

function weekdayOnOrAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A customer with a portfolio, opening holdings of `tickers`, and `tradeCount` BUY/SELL trades spread over
 * the ten years that never go short (checked with the service's own ledger rule), priced at the close.
 */
export async function seedPortfolio(sql: pg.Pool, name: string, tickers: string[], tradeCount: number) {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  const {
    rows: [customer],
  } = await sql.query(
    `INSERT INTO customers (name, address, email) VALUES ($1, '1 Bench Street', $2) RETURNING id`,
    [name, `${slug}@bench.invalid`],
  );
  const {
    rows: [portfolio],
  } = await sql.query(`INSERT INTO portfolios (customer_id) VALUES ($1) RETURNING id`, [customer.id]);
  const opening = tickers.map((ticker, i) => ({ ticker, quantity: String(100 + i) }));
  // Held since the first day of the data: every opening lot has a price (cost basis is computed).
  await sql.query(
    `INSERT INTO holdings (portfolio_id, ticker, quantity, as_of)
     SELECT $1, ticker, quantity, $4::date FROM unnest($2::varchar[], $3::numeric[]) AS h(ticker, quantity)`,
    [portfolio.id, opening.map((h) => h.ticker), opening.map((h) => h.quantity), FIRST_DATE],
  );
  const trades = generateTrades(opening, tradeCount);
  const negative = findNegativePosition(opening, trades);
  if (negative) throw new Error(`generated ledger goes short: ${JSON.stringify(negative)}`);
  if (trades.length > 0) {
    await sql.query(
      `INSERT INTO transactions (portfolio_id, ticker, type, quantity, trade_date, price)
       SELECT $1, t.ticker, t.type, t.quantity, t.trade_date, p.close
         FROM unnest($2::varchar[], $3::varchar[], $4::numeric[], $5::date[]) AS t(ticker, type, quantity, trade_date)
         JOIN stock_prices p ON p.ticker = t.ticker AND p.date = t.trade_date`,
      [
        portfolio.id,
        trades.map((t) => t.ticker),
        trades.map((t) => t.type),
        trades.map((t) => t.quantity),
        trades.map((t) => t.tradeDate),
      ],
    );
  }
  return {
    customerId: customer.id as string,
    trades: trades.length,
    sells: trades.filter((t) => t.type === 'SELL').length,
  };
}

/** Deterministic trades on weekdays after the first one: ~40% sells of at most half the position. */
function generateTrades(opening: { ticker: string; quantity: string }[], count: number): LedgerTrade[] {
  const random = mulberry32(20240101);
  const days: string[] = [];
  for (
    let d = new Date(`${FIRST_DATE}T00:00:00Z`);
    d <= new Date(`${LAST_DATE}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(d.toISOString().slice(0, 10));
  }
  const dates = Array.from(
    { length: count },
    () => days[1 + Math.floor(random() * (days.length - 1))],
  ).sort();
  const positions = new Map(opening.map((h) => [h.ticker, Number(h.quantity)]));
  return dates.map((tradeDate) => {
    const { ticker } = opening[Math.floor(random() * opening.length)];
    const held = positions.get(ticker)!;
    if (random() < 0.4 && held >= 2) {
      const quantity = 1 + Math.floor(random() * (held / 2));
      positions.set(ticker, held - quantity);
      return { ticker, type: 'SELL' as const, quantity: String(quantity), tradeDate };
    }
    const quantity = 1 + Math.floor(random() * 50);
    positions.set(ticker, held + quantity);
    return { ticker, type: 'BUY' as const, quantity: String(quantity), tradeDate };
  });
}
