import { fromUnits, toUnits } from '../common/decimal/decimal-units.js';
import type { IsoDate } from '../common/time/calendar-date.js';

export interface OpeningPosition {
  ticker: string;
  quantity: string;
}

export interface LedgerTrade {
  ticker: string;
  type: 'BUY' | 'SELL';
  quantity: string;
  tradeDate: IsoDate;
}

export interface NegativePosition {
  ticker: string;
  date: IsoDate;
  quantity: string;
}

/**
 * The first (ticker, date) at whose close the position would be negative, or null. All trades of a day
 * settle together at its close, so a buy and a sell on the same day never fail on their order.
 */
export function findNegativePosition(
  opening: OpeningPosition[],
  trades: LedgerTrade[],
): NegativePosition | null {
  const positions = new Map(opening.map((holding) => [holding.ticker, toUnits(holding.quantity)]));
  const sorted = [...trades].sort(
    (a, b) => a.tradeDate.localeCompare(b.tradeDate) || a.ticker.localeCompare(b.ticker),
  );
  for (let i = 0; i < sorted.length; i++) {
    const trade = sorted[i];
    const signed = trade.type === 'BUY' ? toUnits(trade.quantity) : -toUnits(trade.quantity);
    const position = (positions.get(trade.ticker) ?? 0n) + signed;
    positions.set(trade.ticker, position);
    const next = sorted[i + 1];
    const dayClosed = !next || next.tradeDate !== trade.tradeDate || next.ticker !== trade.ticker;
    if (dayClosed && position < 0n)
      return { ticker: trade.ticker, date: trade.tradeDate, quantity: fromUnits(position) };
  }
  return null;
}
