import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { latestCompleteDate } from '../market-data/fetch-range.js';
import { PricesRepository } from '../market-data/prices.repository.js';
import { planGroupedRefresh, type RefreshPlan } from './grouped-daily.plan.js';

/** Reads what is stored and applies planGroupedRefresh to a job's tickers and requested range. */
@Injectable()
export class GroupedRefreshPlanner {
  constructor(
    private readonly prices: PricesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async plan(
    tickers: string[],
    requestedFrom: string | null,
    requestedTo: string | null,
  ): Promise<RefreshPlan> {
    const minTickers = this.config.prices.groupedDailyMinTickers;
    // Too few tickers for grouped whatever is stored: skip the query.
    if (tickers.length <= minTickers) return { grouped: null, perTicker: tickers };
    const stored = await this.prices.storedRanges(tickers, 1);
    return planGroupedRefresh({
      tickers,
      lastStored: new Map([...stored].map(([ticker, range]) => [ticker, range.lastDate])),
      requestedFrom,
      requestedTo,
      latestComplete: latestCompleteDate(this.clock.now()),
      minTickers,
    });
  }
}
