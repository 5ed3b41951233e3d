import { calculateReturns } from './portfolio-returns.calculator.js';
import { dailyClosesOf } from './daily-closes.js';
import type { PriceBar, ReturnsInput, ReturnsResult, Trade } from './types.js';
import { epochDay } from './weekdays.js';
import { barArraysOf } from '../../../test/factories/bar-arrays.factory.js';
import { mulberry32 } from '../../../test/support/seeded-random.js';
import { addDays } from '../../common/time/calendar-date.js';

/** Two tickers with gaps in their bars, trades at the close and at a price, a split and a dividend. */
function randomInput(random: () => number): ReturnsInput {
  const start = addDays('2010-01-01', Math.floor(random() * 3000));
  const end = addDays(start, 20 + Math.floor(random() * 300));
  const bars = new Map<string, PriceBar[]>();
  const trades: Trade[] = [];
  for (const ticker of ['A', 'B']) {
    const series: PriceBar[] = [];
    for (let date = addDays(start, -15); date <= addDays(end, 5); date = addDays(date, 1))
      if (random() < 0.7) series.push({ date, close: 5 + random() * 50 });
    bars.set(ticker, series);
    for (let date = addDays(start, 1); date <= end; date = addDays(date, 1 + Math.floor(random() * 40)))
      trades.push({
        ticker,
        type: random() < 0.7 ? 'BUY' : 'SELL',
        quantity: 1 + Math.floor(random() * 3),
        tradeDate: date,
        price: random() < 0.5 ? null : 5 + random() * 50,
      });
  }
  const middle = addDays(start, 10);
  return {
    start,
    end,
    opening: [
      { ticker: 'A', quantity: 50, asOf: addDays(start, -10) },
      { ticker: 'B', quantity: 50, asOf: addDays(start, -10) },
    ],
    trades,
    bars,
    accounting: {
      splits: new Map([['A', [{ executionDate: middle, splitFrom: 1, splitTo: 2 }]]]),
      dividends: new Map([
        ['B', [{ exDividendDate: middle, payDate: null, cashAmount: 0.5, currency: 'USD' }]],
      ]),
      today: addDays(end, 30),
    },
  };
}

describe('barArrays (the bars as typed arrays)', () => {
  it('change nothing in the result, over 100 random windows', () => {
    const random = mulberry32(1301);
    for (let run = 0; run < 100; run++) {
      const input = randomInput(random);
      const barArrays = new Map([...input.bars].map(([ticker, bars]) => [ticker, barArraysOf(bars)]));
      expect([run, calculateReturns({ ...input, barArrays })]).toEqual([run, calculateReturns(input)]);
    }
  });

  it('given alone, without bar objects, change nothing in the result either', () => {
    const random = mulberry32(1302);
    for (let run = 0; run < 100; run++) {
      const input = randomInput(random);
      const barArrays = new Map([...input.bars].map(([ticker, bars]) => [ticker, barArraysOf(bars)]));
      const typed = calculateReturns({ ...input, bars: new Map(), barArrays });
      expect([run, typed]).toEqual([run, calculateReturns(input)]);
    }
  });

  it('given alone, report a ticker without a bar before it is needed as missing', () => {
    const input = randomInput(mulberry32(11));
    const late = input.bars.get('B')!.filter((bar) => bar.date > input.start);
    const barArrays = new Map([
      ['A', barArraysOf(input.bars.get('A')!)],
      ['B', barArraysOf(late)],
    ]);
    const expected = calculateReturns({ ...input, bars: new Map([...input.bars, ['B', late]]) });
    expect(expected.missing_prices).toEqual([{ ticker: 'B', needed_from: input.start }]);
    expect(calculateReturns({ ...input, bars: new Map(), barArrays })).toEqual(expected);
  });

  it('are ignored when they do not match the bars', () => {
    const input = randomInput(mulberry32(7));
    const wrong = new Map([['A', barArraysOf([{ date: '2000-01-03', close: 1 }])]]);
    expect(calculateReturns({ ...input, barArrays: wrong })).toEqual(calculateReturns(input));
  });

  it('immutable (closes as of each day, kept across calculations), change nothing but the last bits of a holding TWR', () => {
    const random = mulberry32(1303);
    let daily = 0;
    for (let run = 0; run < 150; run++) {
      const input = randomInput(random);
      const barArrays = new Map([...input.bars].map(([ticker, bars]) => [ticker, barArraysOf(bars)]));
      const immutable = { ...input, bars: new Map(), barArrays, immutableBarArrays: true };
      const typed = calculateReturns(immutable);
      const plain = calculateReturns(input);
      // The walk's chain telescopes over a quiet stretch: a holding's TWR may differ in its last bits.
      const twrs = (result: ReturnsResult) => result.holdings.map((h) => h.time_weighted_return);
      const withoutTwrs = (result: ReturnsResult) => ({
        ...result,
        holdings: result.holdings.map((h) => ({ ...h, time_weighted_return: 0 })),
      });
      expect([run, withoutTwrs(typed)]).toEqual([run, withoutTwrs(plain)]);
      twrs(typed).forEach((twr, i) => expect(Math.abs(twr - twrs(plain)[i])).toBeLessThan(1e-12));
      expect([run, calculateReturns(immutable)]).toEqual([run, typed]); // served from what was kept
      const startDay = epochDay(input.start);
      const length = epochDay(input.end) - startDay + 1;
      if ([...barArrays.values()].some((arrays) => dailyClosesOf(arrays, startDay, length))) daily++;
    }
    expect(daily).toBeGreaterThan(100); // most windows took the daily path
  });
});
