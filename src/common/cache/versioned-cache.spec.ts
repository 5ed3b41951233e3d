import { VersionedCache } from './versioned-cache.js';

const series = [1, 2, 3, 4];

describe('VersionedCache', () => {
  it('serves a value only at the version it was stored with, and keeps none without a version', () => {
    const cache = new VersionedCache<number[]>(100, (value) => value.length);
    cache.set('A', 'v1', series);
    expect(cache.get('A', 'v1')).toBe(series);
    expect(cache.get('A', 'v2')).toBeUndefined();
    expect(cache.get('A', undefined)).toBeUndefined();
    cache.set('B', undefined, series);
    expect(cache.get('B', '')).toBeUndefined();
  });
  it('evicts the least recently used value beyond its weight budget', () => {
    const cache = new VersionedCache<number[]>(8, (value) => value.length);
    cache.set('A', 'v', series);
    cache.set('B', 'v', series);
    cache.get('A', 'v');
    cache.set('C', 'v', series);
    expect(cache.get('A', 'v')).toBe(series);
    expect(cache.get('B', 'v')).toBeUndefined();
    expect(cache.get('C', 'v')).toBe(series);
  });
});
