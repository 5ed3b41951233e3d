import { ConflictProblem } from '../common/problem/problem.exception.js';
import {
  findNegativePosition,
  type LedgerSplit,
  type LedgerTrade,
  type OpeningPosition,
} from './position-ledger.js';

/**
 * 409 naming the position when opening holdings plus trades would go short on some date, compared in the
 * newest split basis of `splits` (those that count: executed on or before today).
 */
export function assertNoNegativePosition(
  opening: OpeningPosition[],
  trades: LedgerTrade[],
  splits?: ReadonlyMap<string, readonly LedgerSplit[]>,
): void {
  const negative = findNegativePosition(opening, trades, splits);
  if (negative) {
    throw new ConflictProblem(
      `The ${negative.ticker} position would be ${negative.quantity} at the close of ${negative.date}; ` +
        `a portfolio cannot sell more than it holds`,
      { position: { ticker: negative.ticker, date: negative.date, quantity: Number(negative.quantity) } },
    );
  }
}
