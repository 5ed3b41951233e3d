import { calculateReturns } from './portfolio-returns.calculator.js';
import type { ReturnsInput } from './types.js';

/** A window ending on Sunday 2000-12-31; its newest bar inside is Friday's. */
const input: ReturnsInput = {
  start: '2000-12-01',
  end: '2000-12-31',
  opening: [{ ticker: 'A', quantity: 1 }],
  trades: [],
  bars: new Map([
    [
      'A',
      [
        { date: '2000-11-30', close: 10 },
        { date: '2000-12-29', close: 11 },
      ],
    ],
  ]),
};
const codes = (extra: Partial<ReturnsInput>) =>
  calculateReturns({ ...input, ...extra }).warnings.map((w) => w.code);

describe('end_after_last_bar', () => {
  it('is not raised when the ticker has a stored bar after the window (window ending on a weekend)', () => {
    expect(codes({ newestStoredBars: new Map([['A', '2001-01-02']]) })).not.toContain('end_after_last_bar');
  });

  it('is raised when the newest stored bar is before the end, naming that bar', () => {
    const { warnings } = calculateReturns({ ...input, newestStoredBars: new Map([['A', '2000-12-29']]) });
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'end_after_last_bar', date: '2000-12-29' }),
    );
  });

  it('without stored dates, falls back to the newest bar given', () => {
    expect(codes({})).toContain('end_after_last_bar');
  });
});
