import { isStale } from './stale-price.js';
import { epochDay } from './weekdays.js';

function stale(barDate: string, date: string): boolean {
  return isStale(epochDay(barDate), epochDay(date));
}

describe('isStale', () => {
  it('accepts a close with up to five weekdays strictly between', () => {
    expect(stale('2024-03-01', '2024-03-04')).toBe(false); // Fri → Mon
    expect(stale('2024-03-01', '2024-03-11')).toBe(false); // 03-04..03-08 missing: 5
    expect(stale('2024-03-06', '2024-03-14')).toBe(false); // Wed → next Thu: 5
  });

  it('flags a close with six or more weekdays strictly between', () => {
    expect(stale('2024-03-01', '2024-03-12')).toBe(true);
    expect(stale('2024-03-06', '2024-03-15')).toBe(true);
    expect(stale('2023-12-29', '2024-02-01')).toBe(true);
  });
});
