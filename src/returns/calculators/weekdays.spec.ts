import { epochDay, weekdaysStrictlyBetween } from './weekdays.js';

function between(from: string, to: string): number {
  return weekdaysStrictlyBetween(epochDay(from), epochDay(to));
}

describe('weekdaysStrictlyBetween', () => {
  it('counts no weekday over a weekend or between adjacent days', () => {
    expect(between('2024-03-01', '2024-03-04')).toBe(0); // Fri → Mon
    expect(between('2024-03-04', '2024-03-05')).toBe(0);
    expect(between('2024-03-04', '2024-03-04')).toBe(0);
    expect(between('2024-03-05', '2024-03-04')).toBe(0);
  });

  it('counts a missing Monday (a holiday without a bar)', () => {
    expect(between('2024-01-12', '2024-01-16')).toBe(1);
  });

  it('counts whole weeks as five weekdays', () => {
    expect(between('2024-03-06', '2024-03-13')).toBe(4); // Wed → next Wed: Thu Fri Mon Tue
    expect(between('2024-03-01', '2024-03-12')).toBe(6);
    expect(between('2024-01-01', '2024-12-31')).toBe(260);
  });

  it('works before 1970', () => {
    expect(between('1969-12-26', '1969-12-29')).toBe(0); // Fri → Mon
    expect(between('1969-12-24', '1970-01-02')).toBe(6);
  });
});
