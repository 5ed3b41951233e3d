import { Inject, Injectable } from '@nestjs/common';
import {
  LIST_PAGE_CACHE_BYTES,
  ListPageCache,
  type VersionedPage,
} from '../common/list-cache/list-page-cache.js';
import { ListVersionsRepository } from '../common/list-cache/list-versions.repository.js';
import {
  NotFoundProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '../common/problem/problem.exception.js';
import { futureDateMessage, newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { parseCsvBars, parseJsonBars } from './import/price-import.parser.js';
import type { StoredBar, TickerCoverage } from './price-bar.js';
import { PricesRepository } from './prices.repository.js';
import { StocksRepository } from './stocks.repository.js';

/** Offline import and reads of stored prices (these work without a provider key). */
@Injectable()
export class PricesService {
  private readonly pages = new ListPageCache<VersionedPage>(LIST_PAGE_CACHE_BYTES);

  constructor(
    private readonly prices: PricesRepository,
    private readonly stocks: StocksRepository,
    private readonly listVersions: ListVersionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** All rows or none: a bad row is a 400 naming it, and nothing is stored. */
  async import(ticker: string, body: unknown, contentType: string): Promise<number> {
    const csv = contentType.startsWith('text/csv');
    if (!csv && !contentType.startsWith('application/json')) {
      throw new UnsupportedMediaTypeProblem(
        `Send text/csv or application/json, not ${contentType || 'no content type'}`,
      );
    }
    const parsed = csv ? parseCsvBars(String(body ?? '')) : parseJsonBars(body);
    if (parsed.errors.length > 0) {
      throw new ValidationProblem(parsed.errors, `No bars were stored: ${parsed.errors[0].message}`);
    }
    // A bar of a day still to come is a mistake (9999-12-31 was stored, and the next populate of the
    // ticker looped past year 9999, blocking the process).
    const today = newYorkDate(this.clock.now());
    const future = parsed.bars.find((bar) => bar.date > today);
    const message = future && futureDateMessage('date', future.date, today);
    if (message) throw new ValidationProblem([{ field: 'date', message }], `No bars were stored: ${message}`);
    await this.stocks.ensureTickers([ticker]);
    return this.prices.upsertBars(ticker, parsed.bars, { adjusted: true, source: 'import' });
  }

  /** Every stock's coverage as the JSON array the list route sends, cached while no write touched it. */
  async listCoverageJson(): Promise<string> {
    const page = await this.pages.get(
      'all',
      () => this.listVersions.current('stocks'),
      () => this.prices.coveragePage(),
    );
    return page.json;
  }

  async coverage(ticker: string): Promise<TickerCoverage> {
    const [coverage] = await this.prices.coverage(ticker);
    if (!coverage) throw new NotFoundProblem(`Stock ${ticker} not found`);
    return coverage;
  }

  async bars(ticker: string, from?: string, to?: string): Promise<StoredBar[]> {
    if (!(await this.stocks.exists(ticker))) throw new NotFoundProblem(`Stock ${ticker} not found`);
    return this.prices.listBars(ticker, from, to);
  }
}
