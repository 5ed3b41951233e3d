import { Inject, Injectable } from '@nestjs/common';
import {
  BadRequestProblem,
  NotFoundProblem,
  UnprocessableProblem,
} from '../common/problem/problem.exception.js';
import { newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { PricesRepository } from '../market-data/prices.repository.js';
import { TransactionsRepository } from '../portfolios/transactions.repository.js';
import { calculateReturns } from './calculators/index.js';
import type { ReturnsResult } from './calculators/types.js';

export interface ReturnsRequest {
  customerId: string;
  start: string;
  end: string;
  benchmark?: string;
}

/** Loads what a calculation needs in set-based queries (ledger, closes) and runs the pure calculator. */
@Injectable()
export class ReturnsService {
  constructor(
    private readonly transactions: TransactionsRepository,
    private readonly prices: PricesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async calculate(request: ReturnsRequest): Promise<ReturnsResult> {
    const { customerId, start, end, benchmark } = request;
    if (start > end) {
      throw new BadRequestProblem(`start_date ${start} is after end_date ${end}`, 'invalid-date-range');
    }
    const today = newYorkDate(this.clock.now());
    if (start > today) {
      throw new BadRequestProblem(
        `start_date ${start} is in the future (today is ${today} in New York)`,
        'invalid-date-range',
      );
    }
    const ledger = await this.transactions.ledgerUntil(customerId, end);
    if (!ledger) throw new NotFoundProblem(`Customer ${customerId} not found`);
    const tickers = new Set([...ledger.opening, ...ledger.trades].map((entry) => entry.ticker));
    const bars = await this.prices.closesForWindow(
      [...tickers, ...(benchmark ? [benchmark] : [])],
      start,
      end,
    );
    const result = calculateReturns({
      start,
      end,
      opening: ledger.opening,
      trades: ledger.trades,
      bars: new Map([...bars].filter(([ticker]) => tickers.has(ticker))),
      benchmark: benchmark ? { ticker: benchmark, bars: bars.get(benchmark) ?? [] } : undefined,
    });
    if (result.missing_prices.length > 0) {
      const names = result.missing_prices.map((missing) => `${missing.ticker} (from ${missing.needed_from})`);
      throw new UnprocessableProblem(
        'missing-prices',
        'Missing prices',
        `No stored price for ${names.join(', ')}: load or import prices, then retry`,
        { missing_prices: result.missing_prices },
      );
    }
    return result;
  }
}
