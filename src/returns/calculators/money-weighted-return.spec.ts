import { moneyWeightedReturn, type CashFlow } from './money-weighted-return.js';
import { mulberry32 } from '../../../test/support/seeded-random.js';

function expectClose(actual: number | null, expected: number): void {
  expect(typeof actual).toBe('number');
  const gap = Math.abs((actual as number) - expected);
  if (gap > Math.max(1e-9, 1e-9 * Math.abs(expected))) expect(actual).toBe(expected);
}

/** The discounted sum relative to the size of its terms: ~1e-16 at an exact root. */
function relativeNpv(flows: CashFlow[], periodDays: number, rate: number): number {
  const terms = flows.map((flow) => flow.amount * (1 + rate) ** (-flow.day / periodDays));
  const scale = terms.reduce((sum, term) => sum + Math.abs(term), 0);
  return Math.abs(terms.reduce((sum, term) => sum + term, 0)) / scale;
}

describe('moneyWeightedReturn', () => {
  it('is the simple return with only a start and an end value', () => {
    expectClose(
      moneyWeightedReturn(
        [
          { day: 0, amount: -100 },
          { day: 30, amount: 112 },
        ],
        30,
      ),
      0.12,
    );
  });

  it('finds deep losses and huge gains', () => {
    const loss = [
      { day: 0, amount: -100 },
      { day: 10, amount: -50 },
      { day: 20, amount: 10 },
    ];
    // With w = (1+y)^(−1/2): 10w² − 50w − 100 = 0, so w = (5 + √65) / 2.
    expectClose(moneyWeightedReturn(loss, 20), ((5 + Math.sqrt(65)) / 2) ** -2 - 1);
    const gain = [
      { day: 0, amount: -1 },
      { day: 5, amount: -1 },
      { day: 10, amount: 1e6 },
    ];
    const gainRate = moneyWeightedReturn(gain, 10) as number;
    expect(gainRate).toBeGreaterThan(9e5);
    expect(relativeNpv(gain, 10, gainRate)).toBeLessThan(1e-12);
  });

  it('is null when no rate can balance the flows', () => {
    const allOut = [
      { day: 0, amount: -100 },
      { day: 5, amount: -20 },
      { day: 10, amount: 0 },
    ];
    expect(moneyWeightedReturn(allOut, 10)).toBeNull();
    expect(
      moneyWeightedReturn(
        [
          { day: 3, amount: 5 },
          { day: 10, amount: 7 },
        ],
        10,
      ),
    ).toBeNull();
    // Two sign changes but the sum stays positive for every rate (minimum about 0.7 near y = 0).
    expect(
      moneyWeightedReturn(
        [
          { day: 0, amount: 1 },
          { day: 5, amount: -2.3 },
          { day: 10, amount: 2 },
        ],
        10,
      ),
    ).toBeNull();
  });

  it('is 0 when every flow is zero (an empty portfolio)', () => {
    expect(moneyWeightedReturn([{ day: 0, amount: 0 }], 10)).toBe(0);
    expect(moneyWeightedReturn([], 10)).toBe(0);
  });

  it('accepts flows that sum to zero at y = 0', () => {
    expect(
      moneyWeightedReturn(
        [
          { day: 0, amount: -100 },
          { day: 4, amount: 40 },
          { day: 8, amount: 60 },
        ],
        8,
      ),
    ).toBe(0);
  });

  it('solves its equation for 200 random deposit/withdrawal schedules', () => {
    const random = mulberry32(20240301);
    for (let run = 0; run < 200; run++) {
      const periodDays = 1 + Math.floor(random() * 2000);
      const flows: CashFlow[] = [{ day: 0, amount: -(1 + random() * 1e5) }];
      const count = Math.floor(random() * 12);
      for (let k = 0; k < count; k++)
        flows.push({
          day: 1 + Math.floor(random() * periodDays),
          amount: (random() < 0.7 ? -1 : 1) * random() * 1e4,
        });
      flows.push({ day: periodDays, amount: random() * 2e5 });
      const rate = moneyWeightedReturn(flows, periodDays);
      expect(rate).not.toBeNull();
      expect(relativeNpv(flows, periodDays, rate as number)).toBeLessThan(1e-12);
    }
  });
});
