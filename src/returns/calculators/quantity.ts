import type { Trade } from './types.js';

/** Relative tolerance under which a position is flat: 0.1 + 0.2 − 0.3 must read as "sold out". */
const FLAT_TOLERANCE = 1e-12;

/** The position after `trade`, snapped to 0 when only float rounding keeps it from being flat. */
export function applyTrade(quantity: number, trade: Trade): number {
  return applyShares(quantity, trade.type, trade.quantity);
}

/** The position after buying or selling `shares`, snapped to 0 like applyTrade. */
export function applyShares(quantity: number, type: Trade['type'], shares: number): number {
  const next = type === 'BUY' ? quantity + shares : quantity - shares;
  return isFlat(next, Math.max(Math.abs(quantity), shares)) ? 0 : next;
}

/** Whether `amount` is only float rounding next to `scale` (a sold-out position, a used-up lot). */
export function isFlat(amount: number, scale: number): boolean {
  return Math.abs(amount) <= FLAT_TOLERANCE * scale;
}

/** Total order on trades, so that same-day sums (and the whole result) never depend on input order. */
export function compareTrades(a: Trade, b: Trade): number {
  return (
    compareText(a.tradeDate, b.tradeDate) ||
    compareText(a.ticker, b.ticker) ||
    compareText(a.type, b.type) ||
    a.quantity - b.quantity ||
    (a.price ?? -1) - (b.price ?? -1)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
