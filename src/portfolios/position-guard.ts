import { Inject, Injectable } from '@nestjs/common';
import { newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { CorporateActionsRepository } from '../market-data/corporate-actions/corporate-actions.repository.js';
import { assertNoNegativePosition } from './assert-positions.js';
import { type LedgerGuard, PortfolioLedgerRepository } from './portfolio-ledger.repository.js';
import type { LedgerSplit } from './position-ledger.js';

/**
 * The "never short on any date" guard of a ledger write, in the newest split basis: the splits of every
 * ticker the customer holds or trades (plus the write's new ones) are read before the write, so the guard
 * itself, which runs inside the locked ledger transaction, mostly reads nothing. A ticker that other
 * writes brought into the ledger meanwhile has its splits read then, through the transaction's manager
 * (no second connection): judged without them, a write that touched nothing of that ticker was refused
 * as going short on it.
 */
@Injectable()
export class PositionGuard {
  constructor(
    private readonly ledger: PortfolioLedgerRepository,
    private readonly corporateActions: CorporateActionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forCustomer(customerId: string, newTickers: string[] = []): Promise<LedgerGuard> {
    const known = new Set([...(await this.ledger.tickersOf(customerId)), ...newTickers]);
    const today = newYorkDate(this.clock.now());
    const splits = countedSplits(await this.corporateActions.splitsFor([...known]), today);
    return async (opening, trades, manager) => {
      const brought = [...new Set([...opening, ...trades].map((entry) => entry.ticker))].filter(
        (ticker) => !known.has(ticker),
      );
      if (brought.length === 0) return assertNoNegativePosition(opening, trades, splits);
      const late = countedSplits(await this.corporateActions.splitsFor(brought, manager), today);
      assertNoNegativePosition(opening, trades, new Map([...splits, ...late]));
    };
  }
}

/** A split executed after today does not count yet: no stored bar or trade is in its basis. */
function countedSplits(
  splits: ReadonlyMap<string, readonly LedgerSplit[]>,
  today: string,
): Map<string, LedgerSplit[]> {
  const counted = new Map<string, LedgerSplit[]>();
  for (const [ticker, list] of splits) {
    const executed = list.filter((split) => split.executionDate <= today);
    if (executed.length > 0) counted.set(ticker, executed);
  }
  return counted;
}
