import { SplitBook, SplitFactors } from './split-factors.js';

describe('SplitFactors', () => {
  const factors = new SplitFactors([
    { executionDate: '2024-06-10', splitFrom: 1, splitTo: 10 },
    { executionDate: '2020-08-31', splitFrom: 1, splitTo: 4 },
    { executionDate: '2022-01-03', splitFrom: 10, splitTo: 1 },
  ]);

  it('is the product of the ratios executed after the date; the execution day is already in the new basis', () => {
    expect(factors.factorOn('2020-08-28')).toBeCloseTo(4, 12);
    expect(factors.factorOn('2020-08-31')).toBeCloseTo(1, 12);
    expect(factors.factorOn('2022-01-02')).toBeCloseTo(1, 12);
    expect(factors.factorOn('2022-01-03')).toBe(10);
    expect(factors.factorOn('2024-06-10')).toBe(1);
  });

  it('walks consecutive days to the same factors', () => {
    const next = factors.walker();
    for (const date of ['2019-01-01', '2020-08-30', '2020-08-31', '2023-01-01', '2024-06-09', '2024-06-10'])
      expect(next(date)).toBe(factors.factorOn(date));
  });

  it('does not count a split executed after today', () => {
    const announced = new SplitFactors(
      [{ executionDate: '2026-12-15', splitFrom: 1, splitTo: 2 }],
      '2026-12-01',
    );
    expect(announced.isEmpty).toBe(true);
    expect(announced.factorOn('2026-11-30')).toBe(1);
  });

  it('is exactly 1 for a ticker without splits', () => {
    const book = new SplitBook(new Map([['A', [{ executionDate: '2024-01-02', splitFrom: 1, splitTo: 2 }]]]));
    expect(book.of('B').factorOn('2000-01-01')).toBe(1);
    expect(book.of('A').factorOn('2024-01-01')).toBe(2);
  });
});
