import { easterSunday, holidaysOf, isTradingDay, tradingDaysBetween } from './us-market-calendar.js';
import { newYorkWallTimeMs } from './new-york-time.js';

describe('US market calendar', () => {
  it('lists the 2023 NYSE holidays', () => {
    expect([...holidaysOf(2023)].sort()).toEqual([
      '2023-01-02', // New Year's Day observed (Sunday)
      '2023-01-16',
      '2023-02-20',
      '2023-04-07',
      '2023-05-29',
      '2023-06-19',
      '2023-07-04',
      '2023-09-04',
      '2023-11-23',
      '2023-12-25',
    ]);
  });

  it('applies the observance rules', () => {
    expect(holidaysOf(2022).has('2021-12-31')).toBe(false); // Saturday New Year: not moved into 2021
    expect(isTradingDay('2021-12-31')).toBe(true);
    expect(holidaysOf(2022).has('2022-06-20')).toBe(true); // Juneteenth on Sunday → Monday
    expect(holidaysOf(2021).has('2021-06-18')).toBe(false); // Juneteenth closes the market from 2022 only
    expect(holidaysOf(2021).has('2021-07-05')).toBe(true); // Independence Day on Sunday → Monday
    expect(holidaysOf(2020).has('2020-07-03')).toBe(true); // on Saturday → Friday
    expect(holidaysOf(2021).has('2021-12-24')).toBe(true); // Christmas on Saturday → Friday
  });

  it('computes Easter', () => {
    expect(['2000', '2019', '2024', '2025', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2000-04-23',
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2038-04-25',
    ]);
  });

  it('matches the real session counts of 2019, 2022, 2023 and 2024', () => {
    const count = (year: number): number => tradingDaysBetween(`${year}-01-01`, `${year}-12-31`).length;
    expect([2019, 2022, 2023, 2024].map(count)).toEqual([252, 251, 250, 252]);
  });
});

describe('newYorkWallTimeMs', () => {
  it('gives the t Polygon stamps on real bars (00:00 ET for ranges, 16:00 ET for /prev)', () => {
    expect(newYorkWallTimeMs('2005-04-01')).toBe(1112331600000); // EST
    expect(newYorkWallTimeMs('2005-04-04')).toBe(1112587200000); // EDT
    expect(newYorkWallTimeMs('2023-01-03')).toBe(1672722000000);
    expect(newYorkWallTimeMs('2026-04-17')).toBe(1776398400000);
    expect(newYorkWallTimeMs('2022-04-26', 16)).toBe(1651003200000);
    expect(newYorkWallTimeMs('2023-01-25', 16)).toBe(1674680400000);
  });

  it('uses the offset in force at midnight on switch days', () => {
    expect(newYorkWallTimeMs('2023-03-12')).toBe(Date.parse('2023-03-12T05:00:00Z'));
    expect(newYorkWallTimeMs('2023-11-05')).toBe(Date.parse('2023-11-05T04:00:00Z'));
  });
});
