import {
  MAX_GROUPED_DAYS,
  planGroupedRefresh,
  weekdaysBetween,
  type GroupedPlanInput,
} from './grouped-daily.plan.js';

/** Tuesday 2024-12-31 is the latest complete date; 2024-12-25 (a Wednesday) is a holiday, but still asked. */
const base: GroupedPlanInput = {
  tickers: ['A', 'B', 'C', 'NEW'],
  lastStored: new Map([
    ['A', '2024-12-26'],
    ['B', '2024-12-26'],
    ['C', '2024-12-27'],
  ]),
  requestedFrom: null,
  requestedTo: null,
  latestComplete: '2024-12-31',
  minTickers: 2,
};

describe('planGroupedRefresh', () => {
  it('an incremental run fetches each market day after the oldest last stored bar; first loads stay per ticker', () => {
    expect(planGroupedRefresh(base)).toEqual({
      grouped: {
        tickers: ['A', 'B', 'C'],
        days: ['2024-12-27', '2024-12-30', '2024-12-31'],
        actionsFrom: '2024-12-20',
        actionsTo: '2024-12-31',
      },
      perTicker: ['NEW'],
    });
  });

  it('three missed days after a Friday refresh are three requests (the weekend is never asked)', () => {
    const lastStored = new Map(['A', 'B', 'C'].map((t) => [t, '2024-12-20']));
    const plan = planGroupedRefresh({ ...base, lastStored, latestComplete: '2024-12-25' });
    expect(plan.grouped?.days).toEqual(['2024-12-23', '2024-12-24', '2024-12-25']);
  });

  it('uses grouped only for more eligible tickers than the threshold', () => {
    expect(planGroupedRefresh({ ...base, minTickers: 3 })).toEqual({
      grouped: null,
      perTicker: ['A', 'B', 'C', 'NEW'],
    });
    expect(planGroupedRefresh({ ...base, minTickers: 2 }).grouped?.tickers).toHaveLength(3);
  });

  it('a ticker more than MAX_GROUPED_DAYS market days behind loads per ticker and does not widen the window', () => {
    const lastStored = new Map([...base.lastStored, ['OLD', '2024-11-01']]);
    const plan = planGroupedRefresh({ ...base, tickers: [...base.tickers, 'OLD'], lastStored });
    expect(plan.perTicker).toEqual(['NEW', 'OLD']);
    expect(plan.grouped?.days[0]).toBe('2024-12-27');
  });

  it('exactly MAX_GROUPED_DAYS days behind is still grouped', () => {
    const days = weekdaysBetween('2024-12-01', '2024-12-31');
    const last = days[days.length - 1 - MAX_GROUPED_DAYS];
    const lastStored = new Map(['A', 'B', 'C'].map((t) => [t, last]));
    const plan = planGroupedRefresh({ ...base, lastStored });
    expect(plan.grouped?.days).toHaveLength(MAX_GROUPED_DAYS);
  });

  it('an up-to-date run has no days, but still checks corporate actions', () => {
    const lastStored = new Map(['A', 'B', 'C'].map((t) => [t, '2024-12-31']));
    expect(planGroupedRefresh({ ...base, lastStored }).grouped).toEqual({
      tickers: ['A', 'B', 'C'],
      days: [],
      actionsFrom: '2024-12-24',
      actionsTo: '2024-12-31',
    });
  });

  it('a short recent requested range fetches what a per-ticker load would: start minus the as-of lookback', () => {
    const plan = planGroupedRefresh({ ...base, requestedFrom: '2024-12-27', requestedTo: '2024-12-30' });
    expect(plan.grouped).toEqual({
      tickers: ['A', 'B', 'C'],
      days: [
        '2024-12-20',
        '2024-12-23',
        '2024-12-24',
        '2024-12-25',
        '2024-12-26',
        '2024-12-27',
        '2024-12-30',
      ],
      actionsFrom: '2024-12-13',
      actionsTo: '2024-12-30',
    });
    expect(plan.perTicker).toEqual(['NEW']);
  });

  it('a requested end after the latest complete date is capped (those bars are not final yet)', () => {
    const plan = planGroupedRefresh({ ...base, requestedFrom: '2024-12-30', requestedTo: '2025-01-10' });
    expect(plan.grouped?.days.at(-1)).toBe('2024-12-31');
  });

  it('a long or old requested range, or one without a start, loads per ticker', () => {
    const everyone = { grouped: null, perTicker: base.tickers };
    expect(planGroupedRefresh({ ...base, requestedFrom: '2024-11-01', requestedTo: '2024-12-31' })).toEqual(
      everyone,
    );
    expect(planGroupedRefresh({ ...base, requestedFrom: '2023-06-01', requestedTo: '2023-06-02' })).toEqual(
      everyone,
    );
    expect(planGroupedRefresh({ ...base, requestedTo: '2024-12-31' })).toEqual(everyone);
  });

  it('nothing stored at all: every ticker is a first load', () => {
    expect(planGroupedRefresh({ ...base, lastStored: new Map() })).toEqual({
      grouped: null,
      perTicker: base.tickers,
    });
  });
});

describe('weekdaysBetween', () => {
  it('lists Monday to Friday, both ends inclusive, and nothing for an empty range', () => {
    expect(weekdaysBetween('2024-12-27', '2024-12-30')).toEqual(['2024-12-27', '2024-12-30']);
    expect(weekdaysBetween('2024-12-28', '2024-12-29')).toEqual([]);
    expect(weekdaysBetween('2024-12-31', '2024-12-30')).toEqual([]);
    expect(weekdaysBetween('2024-12-27', '2025-01-03', 3)).toEqual([
      '2024-12-27',
      '2024-12-30',
      '2024-12-31',
    ]);
  });

  it('ends, and is empty, from a date past 9999-12-31 (a string walk from there never ended)', () => {
    expect(weekdaysBetween('+010000-01-01', '2024-12-31')).toEqual([]);
    expect(weekdaysBetween('9999-12-30', '9999-12-31')).toEqual(['9999-12-30', '9999-12-31']);
  });

  it('plans a refresh of a ticker whose last bar is stored far ahead, or decades back, without walking the days between', () => {
    const lastStored = new Map([
      ['A', '9999-12-31'],
      ['B', '1970-01-02'],
      ['C', '2024-12-27'],
    ]);
    const plan = planGroupedRefresh({ ...base, lastStored, minTickers: 0 });
    expect(plan.grouped?.tickers).toEqual(['A', 'C']);
    expect(plan.grouped?.days).toEqual(['2024-12-30', '2024-12-31']);
    expect(plan.perTicker).toEqual(['B', 'NEW']);
  });
});
