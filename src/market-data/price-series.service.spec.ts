import { PriceSeriesCache } from './price-series.cache.js';
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

describe('PriceSeriesCache', () => {
  it('serves a series only at the version it was stored with', () => {
    const cache = new PriceSeriesCache(100);
    cache.set('A', 'v1', bars);
    expect(cache.get('A', 'v1')).toBe(bars);
    expect(cache.get('A', 'v2')).toBeUndefined();
  });
  it('evicts the least recently used series beyond its bar budget', () => {
    const cache = new PriceSeriesCache(8);
    cache.set('A', 'v', bars);
    cache.set('B', 'v', bars);
    cache.get('A', 'v');
    cache.set('C', 'v', bars);
    expect(cache.get('A', 'v')).toBe(bars);
    expect(cache.get('B', 'v')).toBeUndefined();
    expect(cache.get('C', 'v')).toBe(bars);
  });
});
