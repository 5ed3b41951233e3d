import { DividendBook, firstDatedAfter } from './dividend-book.js';
import type { CashDividend } from './types.js';

const dividend = (exDividendDate: string, cashAmount: number, currency = 'USD'): CashDividend => ({
  exDividendDate,
  payDate: exDividendDate,
  cashAmount,
  currency,
});

const list = (): CashDividend[] => [
  dividend('2024-01-10', 0.25),
  dividend('2024-02-10', 0.3, 'CAD'),
  dividend('2024-03-10', 0.35),
];

describe('DividendBook', () => {
  it('keeps the book of a frozen list for the same today, and builds it anew for another today', () => {
    const frozen = Object.freeze(list().map((item) => Object.freeze(item)));
    const first = new DividendBook(new Map([['A', frozen]]), 'include', '2024-12-31').of('A');
    const again = new DividendBook(new Map([['A', frozen]]), 'include', '2024-12-31').of('A');
    expect(again).toBe(first);
    expect(first).toEqual(new DividendBook(new Map([['A', list()]]), 'include', '2024-12-31').of('A'));
    expect(first.counted.map((event) => event.date)).toEqual(['2024-01-10', '2024-03-10']);
    expect(first.foreign).toEqual([{ date: '2024-02-10', currency: 'CAD' }]);
    const earlier = new DividendBook(new Map([['A', frozen]]), 'include', '2024-02-01').of('A');
    expect(earlier.counted.map((event) => event.date)).toEqual(['2024-01-10']);
    expect(Object.isFrozen(first.counted)).toBe(true);
  });

  it('reads a list that is not frozen again on every book, so a change to it counts', () => {
    const open = list();
    const before = new DividendBook(new Map([['A', open]]), 'include', '2024-12-31').of('A');
    open.push(dividend('2024-04-10', 0.4));
    const after = new DividendBook(new Map([['A', open]]), 'include', '2024-12-31').of('A');
    expect(before.counted).toHaveLength(2);
    expect(after.counted).toHaveLength(3);
  });

  it('holds nothing with dividends=exclude, frozen or not', () => {
    const frozen = Object.freeze(list());
    expect(new DividendBook(new Map([['A', frozen]]), 'exclude', '2024-12-31').of('A').counted).toEqual([]);
  });
});

describe('firstDatedAfter', () => {
  it('is the index of the first item dated after the date, whatever the run of same-day items', () => {
    const dates = ['2024-01-10', '2024-02-10', '2024-02-10', '2024-02-10', '2024-03-10'];
    for (let length = 0; length <= dates.length; length++) {
      const items = dates.slice(0, length).map((date) => ({ date }));
      for (const date of ['2024-01-01', ...dates, '2024-02-11', '2024-12-31']) {
        const expected = items.findIndex((item) => item.date > date);
        expect(firstDatedAfter(items, date)).toBe(expected === -1 ? items.length : expected);
      }
    }
  });
});
