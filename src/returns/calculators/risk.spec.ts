import { annualize } from './annualize.js';
import { annualizedVolatility, DrawdownTracker } from './risk.js';

describe('annualizedVolatility', () => {
  it('is null with fewer than two returns', () => {
    expect(annualizedVolatility([], 0)).toBeNull();
    expect(annualizedVolatility([0.1], 1)).toBeNull();
  });

  it('is the sample standard deviation times √252, over the first `count` values only', () => {
    expect(annualizedVolatility(Float64Array.from([0.01, -0.01, 99]), 2)).toBeCloseTo(
      Math.sqrt(0.0002) * Math.sqrt(252),
      15,
    );
    expect(annualizedVolatility([0.02, 0.02, 0.02], 3)).toBe(0);
  });
});

describe('DrawdownTracker', () => {
  it('measures the fall from the running peak and keeps the deepest', () => {
    const tracker = new DrawdownTracker();
    expect(tracker.update(1.2)).toBe(0);
    expect(tracker.update(0.9)).toBeCloseTo(0.25, 15);
    expect(tracker.update(1.5)).toBe(0);
    expect(tracker.update(1.35)).toBeCloseTo(0.1, 15);
    expect(tracker.maxDrawdown).toBeCloseTo(0.25, 15);
  });

  it('counts a fall from the starting index of 1', () => {
    const tracker = new DrawdownTracker();
    tracker.update(0.8);
    expect(tracker.maxDrawdown).toBeCloseTo(0.2, 15);
  });

  it('is 0 when the index never falls', () => {
    const tracker = new DrawdownTracker();
    [1, 1.1, 1.2].forEach((index) => tracker.update(index));
    expect(tracker.maxDrawdown).toBe(0);
  });
});

describe('annualize', () => {
  it('does not annualize windows shorter than a year', () => {
    expect(annualize(0.1, 364)).toBeNull();
    expect(annualize(null, 800)).toBeNull();
  });

  it('compounds to a 365-day year', () => {
    expect(annualize(0.21, 730)).toBeCloseTo(0.1, 14);
    expect(annualize(0.05, 365)).toBeCloseTo(0.05, 15);
  });

  it('gives a total loss as −100 % a year, and no rate for a loss beyond it (no real root)', () => {
    expect(annualize(-1, 730)).toBe(-1);
    expect(annualize(-1.25, 730)).toBeNull();
  });
});
