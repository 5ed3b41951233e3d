import { addDays, daysBetween, type IsoDate } from '../../common/time/calendar-date.js';
import { BarDays } from './bar-days.js';
import { dailyClosesOf } from './daily-closes.js';
import { DailyTotals } from './daily-totals.js';
import { walkHolding, type HoldingWalk } from './holding-walk.js';
import { applyTrade } from './quantity.js';
import { isStale } from './stale-price.js';
import type { TickerLedger } from './ticker-ledger.js';
import type { PriceBar, Trade } from './types.js';
import { epochDay } from './weekdays.js';
import { WindowDays } from './window-days.js';
import { barArraysOf } from '../../../test/factories/bar-arrays.factory.js';
import { mulberry32 } from '../../../test/support/seeded-random.js';

/**
 * The walk, one calendar day at a time with nothing skipped: an as-of close by linear search each day.
 * walkHolding jumps over the days a ticker is flat; it must agree with this exactly.
 */
function naiveWalk(ledger: TickerLedger, bars: PriceBar[], start: IsoDate, end: IsoDate) {
  const length = daysBetween(start, end);
  const totals = new DailyTotals(length + 1);
  const barAsOf = (date: IsoDate) => bars.filter((bar) => bar.date <= date).at(-1);
  let quantity = ledger.startQuantity;
  let stale: { date: IsoDate; barDate: IsoDate } | undefined;
  const checkStaleness = (date: IsoDate) => {
    const bar = barAsOf(date) as PriceBar;
    if (!stale && isStale(epochDay(bar.date), epochDay(date))) stale = { date, barDate: bar.date };
  };
  totals.value[0] = quantity === 0 ? 0 : quantity * (barAsOf(start)?.close ?? NaN);
  if (quantity !== 0) checkStaleness(start);
  for (let offset = 1; offset <= length; offset++) {
    const date = addDays(start, offset);
    const bar = barAsOf(date);
    const close = bar?.close ?? NaN;
    const before = quantity;
    let traded = false;
    let closeUsed = false;
    for (const trade of ledger.windowTrades.filter((t) => t.tradeDate === date)) {
      const amount = trade.quantity * (trade.price ?? close);
      if (trade.type === 'BUY') totals.inflow[offset] += amount;
      else totals.outflow[offset] += amount;
      quantity = applyTrade(quantity, trade);
      traded = true;
      closeUsed ||= trade.price === null;
    }
    totals.value[offset] = quantity === 0 ? 0 : quantity * close;
    if (bar?.date === date && (before !== 0 || quantity !== 0 || traded)) totals.barDay[offset] = 1;
    if (quantity !== 0 || closeUsed) checkStaleness(date);
  }
  return { totals, stale, endBar: barAsOf(end) as PriceBar };
}

/** The day-by-day chain of a holding's daily returns: each day's value net of its flows over the day before's. */
function chainedReturn(totals: DailyTotals): number {
  let growth = 1;
  for (let offset = 1; offset < totals.value.length; offset++) {
    const previous = totals.value[offset - 1];
    const net = totals.value[offset] - totals.inflow[offset] + totals.outflow[offset];
    if (previous !== 0) growth *= net / previous;
  }
  return growth - 1;
}

/** The walk wrote what the day-by-day walk did: every daily total, the staleness and the end price. */
function expectAgreement(
  label: string,
  walk: HoldingWalk,
  totals: DailyTotals,
  naive: ReturnType<typeof naiveWalk>,
): void {
  expect([label, totals]).toEqual([label, naive.totals]);
  expect([label, walk.stale]).toEqual([label, naive.stale]);
  expect([label, walk.returns.end_price_date, walk.returns.end_price]).toEqual([
    label,
    naive.endBar.date,
    naive.endBar.close,
  ]);
}

/** A holding's time-weighted return is the day-by-day chain of `totals`, to 1e-12 (NaN where it is). */
function expectChained(label: string, actual: number, totals: DailyTotals): void {
  const expected = chainedReturn(totals);
  expect([label, Number.isNaN(actual)]).toEqual([label, Number.isNaN(expected)]);
  const gap = Number.isNaN(expected) ? 0 : Math.abs(actual - expected);
  expect([label, gap <= 1e-12 * Math.max(1, Math.abs(expected))]).toEqual([label, true]);
}

/**
 * A ledger that is flat for long stretches: bought late, sold out, bought again, with gaps in the bars;
 * with `zeroCloses`, that share of the closes is 0.
 */
function randomCase(random: () => number, zeroCloses = 0) {
  const start = addDays('2000-01-01', Math.floor(random() * 3000));
  const end = addDays(start, 30 + Math.floor(random() * 400));
  const bars: PriceBar[] = [];
  for (let date = addDays(start, -10); date <= end; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || (bars.length > 0 && random() < 0.15)) continue;
    if (bars.length > 0 && random() < 0.01) date = addDays(date, 12); // a long gap: stale closes
    const zero = zeroCloses > 0 && random() < zeroCloses;
    bars.push({ date, close: zero ? 0 : 10 + random() * 90 });
  }
  const startQuantity = random() < 0.5 ? 0 : 5;
  let quantity = startQuantity;
  const trades: Trade[] = [];
  let date = start;
  for (;;) {
    date = addDays(date, 1 + Math.floor(random() * 90));
    if (date > end) break;
    const sellAll = quantity > 0 && random() < 0.5;
    const tradeQuantity = sellAll ? quantity : 1 + Math.floor(random() * 10);
    const price = random() < 0.5 ? null : 10 + random() * 90;
    trades.push({
      ticker: 'T',
      type: sellAll ? 'SELL' : 'BUY',
      quantity: tradeQuantity,
      tradeDate: date,
      price,
    });
    quantity = sellAll ? 0 : quantity + tradeQuantity;
  }
  return {
    start,
    end,
    bars,
    ledger: { ticker: 'T', startQuantity, windowTrades: trades, priorTrades: [], shares: null, opening: [] },
  };
}

/** `check` on `runs` random ledgers that hold something; with `zeroCloses`, every other one has 2 % zero closes. */
function forRandomLedgers(
  seed: number,
  runs: number,
  zeroCloses: boolean,
  check: (ledgerCase: ReturnType<typeof randomCase> & { days: WindowDays; label: string }) => void,
): void {
  const random = mulberry32(seed);
  for (let run = 0; run < runs; run++) {
    const ledgerCase = randomCase(random, zeroCloses && run % 2 ? 0.02 : 0);
    const { start, end, ledger } = ledgerCase;
    if (ledger.startQuantity === 0 && ledger.windowTrades.length === 0) continue;
    check({ ...ledgerCase, days: new WindowDays(start, end), label: `run ${run}: ${start}..${end}` });
  }
}

describe('walkHolding skips flat days without changing anything', () => {
  it('agrees exactly with a day-by-day walk over 200 random ledgers with flat stretches', () => {
    const random = mulberry32(20240614);
    for (let run = 0; run < 200; run++) {
      const { start, end, bars, ledger } = randomCase(random);
      if (ledger.startQuantity === 0 && ledger.windowTrades.length === 0) continue;
      const days = new WindowDays(start, end);
      const totals = new DailyTotals(days.length + 1);
      const walk = walkHolding(ledger, bars, days, totals);
      expectAgreement(`run ${run}: ${start}..${end}`, walk, totals, naiveWalk(ledger, bars, start, end));
    }
  });
});

describe("walkHolding's time-weighted return", () => {
  it('is the day-by-day chain of daily returns, with zero closes breaking it, over 300 random ledgers', () => {
    let withZeros = 0;
    forRandomLedgers(20261202, 300, true, ({ start, end, bars, ledger, days, label }) => {
      const walk = walkHolding(ledger, bars, days, new DailyTotals(days.length + 1));
      if (bars.some((bar) => bar.close === 0)) withZeros++;
      expectChained(label, walk.returns.time_weighted_return, naiveWalk(ledger, bars, start, end).totals);
    });
    expect(withZeros).toBeGreaterThan(50);
  });
});

describe('walkHolding with closes as of each day (dailyClosesOf)', () => {
  it('writes exactly what the day-by-day walk does over 300 random ledgers, half with zero closes', () => {
    let daily = 0;
    forRandomLedgers(20261203, 300, true, ({ start, end, bars, ledger, days, label }) => {
      const totals = new DailyTotals(days.length + 1);
      const arrays = barArraysOf(bars);
      const closes = dailyClosesOf(arrays, days.startDay, days.length + 1);
      if (closes) daily++;
      const walk = walkHolding(ledger, [], days, totals, undefined, new BarDays(days), arrays, closes);
      const naive = naiveWalk(ledger, bars, start, end);
      expectAgreement(label, walk, totals, naive);
      expectChained(label, walk.returns.time_weighted_return, naive.totals);
    });
    expect(daily).toBeGreaterThan(30); // 50: the others have a stale gap or a zero close
  });
});
