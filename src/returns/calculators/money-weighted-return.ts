/** A cash flow seen from the investor: negative when money goes in, positive when it comes out. */
export interface CashFlow {
  /** Days since the start of the window, 0..periodDays. */
  day: number;
  amount: number;
}

/** |ln(1 + y)| searched up to this bound: y from −1 + 1e−26 to 1e26 covers every real portfolio. */
const MAX_LOG_GROWTH = 60;
const FIRST_STEP = 0.01;
const STEP_GROWTH = 1.5;
const MAX_ITERATIONS = 200;

/**
 * The period rate y solving Σ amount·(1+y)^(−day/T) = 0 (T = periodDays), or null when no root exists.
 *
 * Solved for u = ln(1+y), where the sum is smooth on the whole real line and y stays above −1 by
 * construction. Candidate brackets are scanned outward from u = 0 so that, when unusual flows admit several
 * roots, the one nearest to a zero return wins; the bracket is then refined by Newton steps that fall back
 * to bisection whenever a step would leave it.
 */
export function moneyWeightedReturn(flows: readonly CashFlow[], periodDays: number): number | null {
  const nonZero = flows.filter((flow) => flow.amount !== 0);
  if (nonZero.length === 0) return 0; // every rate solves 0 = 0; 0 agrees with the TWR of nothing
  if (periodDays <= 0) return null;
  // Plain arrays: short-lived typed arrays would be memory outside the heap (see DailyTotals).
  const terms: Terms = {
    amounts: nonZero.map((flow) => flow.amount),
    fractions: nonZero.map((flow) => flow.day / periodDays),
  };
  const bracket = findBracket(terms);
  if (!bracket) return null;
  return Math.expm1(refineRoot(terms, bracket));
}

/** The flows' amounts and their times as fractions of the period. */
interface Terms {
  amounts: number[];
  fractions: number[];
}

// npv and slope are top-level functions of the terms, not closures made per call: V8 optimized each new
// closure afresh (five times in one bench:cold run), running it unoptimized meanwhile.

/** Σ amount·e^(−u·fraction). */
function npv({ amounts, fractions }: Terms, u: number): number {
  let sum = 0;
  for (let k = 0; k < amounts.length; k++) sum += amounts[k] * Math.exp(-u * fractions[k]);
  return sum;
}

/** d npv / du. */
function slope({ amounts, fractions }: Terms, u: number): number {
  let sum = 0;
  for (let k = 0; k < amounts.length; k++) sum -= amounts[k] * fractions[k] * Math.exp(-u * fractions[k]);
  return sum;
}

type Bracket = { low: number; high: number; exact?: number };

function findBracket(terms: Terms): Bracket | null {
  const atZero = npv(terms, 0);
  if (atZero === 0) return { low: 0, high: 0, exact: 0 };
  let up = { u: 0, value: atZero };
  let down = { u: 0, value: atZero };
  for (let step = FIRST_STEP; step <= MAX_LOG_GROWTH * STEP_GROWTH; step *= STEP_GROWTH) {
    const reach = Math.min(step, MAX_LOG_GROWTH);
    const upValue = npv(terms, reach);
    if (upValue === 0) return { low: reach, high: reach, exact: reach };
    if (Math.sign(upValue) !== Math.sign(up.value)) return { low: up.u, high: reach };
    up = { u: reach, value: upValue };
    const downValue = npv(terms, -reach);
    if (downValue === 0) return { low: -reach, high: -reach, exact: -reach };
    if (Math.sign(downValue) !== Math.sign(down.value)) return { low: -reach, high: down.u };
    down = { u: -reach, value: downValue };
    if (reach === MAX_LOG_GROWTH) break;
  }
  return null;
}

function refineRoot(terms: Terms, bracket: Bracket): number {
  if (bracket.exact !== undefined) return bracket.exact;
  let { low, high } = bracket;
  const lowSign = Math.sign(npv(terms, low));
  let u = (low + high) / 2;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const value = npv(terms, u);
    if (value === 0) return u;
    if (Math.sign(value) === lowSign) low = u;
    else high = u;
    let next = u - value / slope(terms, u);
    if (!(next > low && next < high)) next = (low + high) / 2;
    const converged = Math.abs(next - u) <= 1e-15 * Math.max(1, Math.abs(u)) || high - low <= 1e-300;
    u = next;
    if (converged) break;
  }
  return u;
}
