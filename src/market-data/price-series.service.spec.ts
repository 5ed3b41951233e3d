import { sliceWindow } from './price-series.service.js';

const bars = ['2024-01-02', '2024-01-03', '2024-01-05', '2024-01-08'].map((date, i) => ({
  date,
  close: i + 1,
}));

describe('sliceWindow', () => {
  it('keeps the as-of bar of the first day and every bar in (start, end]', () => {
    expect(sliceWindow(bars, '2024-01-04', '2024-01-06').map((b) => b.date)).toEqual([
      '2024-01-03',
      '2024-01-05',
    ]);
    expect(sliceWindow(bars, '2024-01-03', '2024-01-08').map((b) => b.date)).toEqual([
      '2024-01-03',
      '2024-01-05',
      '2024-01-08',
    ]);
  });
  it('starts at the first bar when none is on or before start, and is empty when all are after end', () => {
    expect(sliceWindow(bars, '2023-12-01', '2024-01-02').map((b) => b.date)).toEqual(['2024-01-02']);
    expect(sliceWindow(bars, '2023-12-01', '2023-12-31')).toEqual([]);
  });
});
