import { latestCompleteDate, planFetchRange, RangeRequest } from './fetch-range.js';

const base: RangeRequest = {
  requestedFrom: null,
  requestedTo: null,
  latestComplete: '2024-06-14',
  defaultYears: 2,
  splitSinceFullFetch: false,
};
const stored = { firstDate: '2022-06-14', lastDate: '2024-06-10', refetchFrom: '2024-06-04' };

describe('planFetchRange', () => {
  it('a new ticker fetches POPULATE_DEFAULT_YEARS back from the latest complete session', () => {
    expect(planFetchRange(base)).toEqual({ from: '2022-06-14', to: '2024-06-14', full: true });
  });

  it('a stored ticker re-fetches its last sessions (bars change after the close)', () => {
    expect(planFetchRange({ ...base, stored })).toEqual({
      from: '2024-06-04',
      to: '2024-06-14',
      full: false,
    });
  });

  it('a requested start is fetched from 7 days earlier so an as-of price exists on the first day', () => {
    expect(planFetchRange({ ...base, requestedFrom: '2024-01-02', requestedTo: '2024-01-31' })).toEqual({
      from: '2023-12-26',
      to: '2024-01-31',
      full: true,
    });
  });

  it('a split since the last full fetch re-fetches the whole stored range', () => {
    expect(planFetchRange({ ...base, stored, splitSinceFullFetch: true })).toEqual({
      from: '2022-06-14',
      to: '2024-06-14',
      full: true,
    });
  });

  it('nothing to fetch when the range is empty', () => {
    expect(planFetchRange({ ...base, requestedFrom: '2024-06-20', requestedTo: '2024-06-01' })).toBeNull();
  });

  it('29 February minus whole years lands on 28 February', () => {
    expect(planFetchRange({ ...base, latestComplete: '2024-02-29', defaultYears: 1 })?.from).toBe(
      '2023-02-28',
    );
  });
});

describe('latestCompleteDate', () => {
  it('is yesterday before 16:30 New York time and today after it (EDT and EST)', () => {
    expect(latestCompleteDate(new Date('2024-06-14T20:00:00Z'))).toBe('2024-06-13'); // 16:00 EDT
    expect(latestCompleteDate(new Date('2024-06-14T20:31:00Z'))).toBe('2024-06-14'); // 16:31 EDT
    expect(latestCompleteDate(new Date('2024-01-12T21:29:00Z'))).toBe('2024-01-11'); // 16:29 EST
    expect(latestCompleteDate(new Date('2024-01-13T03:00:00Z'))).toBe('2024-01-12'); // 22:00 EST, UTC next day
  });
});
