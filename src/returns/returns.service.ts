import { Inject, Injectable } from '@nestjs/common';
import {
  NotFoundProblem,
  ProblemException,
  UnprocessableProblem,
  ValidationProblem,
} from '../common/problem/problem.exception.js';
import { type IsoDate, newYorkDate } from '../common/time/calendar-date.js';
import { CLOCK, type Clock } from '../common/time/clock.js';
import { CorporateActionsRepository } from '../market-data/corporate-actions/corporate-actions.repository.js';
import { closeBarsOf, type TickerCloses } from '../market-data/close-series.js';
import type { CloseBar } from '../market-data/price-bar.js';
import { PriceSeriesService, sliceWindow, type WindowCloses } from '../market-data/price-series.service.js';
import type { CustomerLedger } from '../portfolios/customer-ledger.js';
import { PortfolioLedgerRepository } from '../portfolios/portfolio-ledger.repository.js';
import { calculateReturns, compareTrades, seriesLength } from './calculators/index.js';
import type {
  BarArrays,
  CostBasisMethod,
  DividendMode,
  ReturnsInput,
  ReturnsResult,
} from './calculators/types.js';
import { accountingInput, barsFrom, barsUntil } from './accounting-input.js';
import { type TickerActions, toTickerActions } from './corporate-actions.cache.js';
import { VersionedCache } from '../common/cache/versioned-cache.js';
import { LruMap } from '../common/cache/lru-map.js';
import { type CachedReturns, sameVersions } from './cached-returns.js';
import { windowDateErrors } from './returns-window.js';
import { sampleSeries, type SeriesInterval } from './series-interval.js';
import { decodeCursor, pageSeries, type SeriesPage } from './series-page.js';

export interface ReturnsRequest {
  customerId: string;
  start: string;
  end: string;
  benchmark?: string;
  /** include (default): dividends are income; exclude: the price return of the original API. */
  dividends?: DividendMode;
  /** average (default) or fifo. */
  costBasis?: CostBasisMethod;
  /** Recompute even when a cached result is still valid (Cache-Control: no-cache). */
  noCache?: boolean;
}

/** The window of a report's chunk: a request without its customer. */
export type EachWindow = Omit<ReturnsRequest, 'customerId' | 'noCache'>;

/** What `readEach` read for a chunk of customers, for `computeEach`. */
export interface EachInputs {
  customerIds: string[];
  window: EachWindow;
  ledgers: Map<string, CustomerLedger>;
  closes: WindowCloses;
  actions: Map<string, TickerActions>;
}

export interface PerformanceRequest extends ReturnsRequest {
  interval: SeriesInterval;
  /** Points per page. */
  limit: number;
  /** From a previous page's `next`. */
  cursor?: string;
}

export interface PerformancePage extends SeriesPage {
  result: ReturnsResult;
}

/**
 * Results kept in memory, weighed by their series points and holdings (a point is ~150 bytes of heap):
 * about 40 MB whatever the windows asked for, so wide windows cannot grow the cache past the heap.
 */
const RESULT_CACHE_WEIGHT = 250_000;
/** About 10 MB: 400 events (splits and dividends) each for 500 tickers. */
const CORPORATE_ACTIONS_CACHE_EVENTS = 200_000;
/** About 20 MB: ten portfolios of 10,000 trades. */
const LEDGER_CACHE_TRADES = 100_000;
const ledgerWeight = (ledger: CustomerLedger): number => 1 + ledger.opening.length + ledger.trades.length;
// seriesLength: weighing a result does not build the series it has not built yet.
const resultWeight = (cached: CachedReturns): number =>
  1 + seriesLength(cached.result) + cached.result.holdings.length;
const actionsWeight = (actions: TickerActions): number =>
  1 + actions.splits.length + actions.dividends.length;

/**
 * Loads what a calculation needs in set-based queries (ledger, closes) and runs the pure calculator.
 * Results are cached by the versions of the ledger and of every price series they used: a repeat request
 * costs two small queries, and any change to trades, holdings or prices makes it compute afresh. A recompute
 * (no-cache, or a changed version) reuses the inputs whose versions still hold: the ledger, the closes (typed
 * arrays, read straight from the packed series) and the corporate actions.
 */
@Injectable()
export class ReturnsService {
  /** Computed returns by (customer, window, benchmark); an entry is served only once its versions check out. */
  private readonly results = new LruMap<string, CachedReturns>(RESULT_CACHE_WEIGHT, resultWeight);
  /**
   * Corporate actions by ticker, at the price version they were read at (every corporate-action write bumps
   * it): a recompute reuses them instead of reading and converting thousands of rows again.
   */
  private readonly actions = new VersionedCache<TickerActions>(CORPORATE_ACTIONS_CACHE_EVENTS, actionsWeight);
  /** Ledgers by (customer, end), each served only while the portfolio's ledger version is the one read. */
  private readonly ledgers = new LruMap<string, CustomerLedger>(LEDGER_CACHE_TRADES, ledgerWeight);

  constructor(
    private readonly ledger: PortfolioLedgerRepository,
    private readonly prices: PriceSeriesService,
    private readonly corporateActions: CorporateActionsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The returns of one customer. `series`: the result carries its daily series (performance); without it
   * the calculation keeps no daily column, and a result cached without one does not serve a request for it.
   */
  async calculate(
    request: ReturnsRequest,
    { series = false }: { series?: boolean } = {},
  ): Promise<ReturnsResult> {
    const { customerId, start, end, benchmark } = request;
    const dividends = request.dividends ?? 'include';
    const costBasis = request.costBasis ?? 'average';
    this.checkWindow(start, end);
    const key = [customerId, start, end, benchmark ?? '', dividends, costBasis].join('|');
    const cached = request.noCache ? undefined : this.results.get(key);
    if (cached && (cached.withSeries || !series) && (await this.stillValid(customerId, cached)))
      return cached.result;

    const { ledger, actions, ...closes } = await this.ledgerAndCloses(customerId, end, start, benchmark);
    const priced = pricedTickers(ledger, benchmark);
    const result = this.compute(request, ledger, closes, actions, series);
    this.results.set(key, {
      ledgerVersion: ledger.version,
      tickers: priced,
      priceVersions: closes.versions,
      result,
      withSeries: series,
    });
    return result;
  }

  /**
   * What `computeEach` needs for many customers over one window, read in a few set-based queries: their
   * ledgers, then the price versions, closes and corporate actions of every ticker they hold. Split from
   * the computation so that a caller can read the next chunk while it computes this one.
   */
  async readEach(customerIds: string[], window: EachWindow): Promise<EachInputs> {
    const { start, end, benchmark } = window;
    this.checkWindow(start, end);
    const ledgers = await this.ledger.ledgersUntil(customerIds, end);
    const union = new Set<string>();
    let from = start;
    let until = end;
    for (const ledger of ledgers.values()) {
      for (const ticker of pricedTickers(ledger, benchmark)) union.add(ticker);
      const ledgerFrom = barsFrom(start, ledger);
      const ledgerUntil = barsUntil(end, ledger);
      if (ledgerFrom < from) from = ledgerFrom;
      if (ledgerUntil > until) until = ledgerUntil;
    }
    const { actions, ...closes } = await this.closesAndActions([...union], from, until);
    return { customerIds, window, ledgers, closes, actions };
  }

  /**
   * The closes of `tickers` over [from, until] and their corporate actions, both at the price versions read
   * first (so neither is cached as fresher than it is), read side by side. `read`: those versions, when the
   * caller read them already.
   */
  private async closesAndActions(
    tickers: string[],
    from: IsoDate,
    until: IsoDate,
    read?: Map<string, string>,
  ): Promise<WindowCloses & { actions: Map<string, TickerActions> }> {
    const versions = read ?? (await this.prices.priceVersions(tickers));
    const [closes, actions] = await Promise.all([
      this.prices.window(tickers, from, until, versions),
      this.corporateActionsOf(tickers, versions),
    ]);
    return { ...closes, actions };
  }

  /**
   * Each customer's returns from what `readEach` read, computed one at a time as the caller pulls them:
   * exactly what `calculate` answers for each. A customer that cannot be computed yields its problem (404
   * unknown, 422 missing prices) instead of a result. Results are not cached (each is asked for once).
   */
  *computeEach(
    inputs: EachInputs,
  ): Generator<{ customerId: string; result?: ReturnsResult; problem?: ProblemException }> {
    const { customerIds, window, ledgers, closes, actions } = inputs;
    const { start, end, benchmark } = window;
    // Customers mostly need the same range of a ticker: each slice is cut once per chunk, not per customer.
    const slices = new Map<string, TickerCloses>();
    for (const customerId of customerIds) {
      const ledger = ledgers.get(customerId);
      if (!ledger) {
        yield { customerId, problem: new NotFoundProblem(`Customer ${customerId} not found`) };
        continue;
      }
      // Each customer's own slice of the shared closes: the same bars `calculate` reads for it alone.
      const priced = pricedTickers(ledger, benchmark);
      const own = ownCloses(closes, priced, barsFrom(start, ledger), barsUntil(end, ledger), slices);
      const ownActions = new Map(priced.flatMap((t) => (actions.has(t) ? [[t, actions.get(t)!]] : [])));
      try {
        yield { customerId, result: this.compute({ ...window, customerId }, ledger, own, ownActions, false) };
      } catch (error) {
        if (!(error instanceof ProblemException)) throw error;
        yield { customerId, problem: error };
      }
    }
  }

  /** The calculator on what was read for one customer; 422 when a price it needs is missing. */
  private compute(
    request: ReturnsRequest,
    ledger: CustomerLedger,
    closes: WindowCloses,
    actions: Map<string, TickerActions>,
    series: boolean,
  ): ReturnsResult {
    const { start, end, benchmark } = request;
    const tickers = tickersOf(ledger);
    const { bars, newest } = closes;
    const benchmarkBars = benchmark ? bars.get(benchmark) : undefined;
    const result = calculateReturns({
      start,
      end,
      opening: ledger.opening,
      trades: ledger.trades,
      ...holdingCloses(bars, tickers),
      // Views of PriceSeriesService's cached series, which nothing writes.
      immutableBarArrays: true,
      benchmark: benchmark
        ? { ticker: benchmark, bars: benchmarkBars ? closeBarsOf(benchmarkBars) : [] }
        : undefined,
      newestStoredBars: newest,
      accounting: accountingInput(actions, {
        dividends: request.dividends ?? 'include',
        costBasis: request.costBasis ?? 'average',
        today: newYorkDate(this.clock.now()),
      }),
      series,
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

  /** One page of the series at the asked interval, with the figures it belongs to. */
  async performance(request: PerformanceRequest): Promise<PerformancePage> {
    this.checkWindow(request.start, request.end);
    const from = request.cursor === undefined ? undefined : this.cursorDate(request);
    const result = await this.calculate(request, { series: true });
    return { result, ...pageSeries(sampleSeries(result.series, request.interval), from, request.limit) };
  }

  /**
   * The ledger until `end`, the closes it needs and their tickers' corporate actions. The ledger is reused
   * while its version holds (one small query instead of reading and parsing every trade again): that query
   * also reads the price versions of the reused ledger's tickers, at which its closes and actions are then
   * taken. A changed ledger is read again; the versions read serve it when it needs the same tickers over
   * the same dates.
   */
  private async ledgerAndCloses(
    customerId: string,
    end: IsoDate,
    start: IsoDate,
    benchmark: string | undefined,
  ): Promise<{ ledger: CustomerLedger; actions: Map<string, TickerActions> } & WindowCloses> {
    const key = `${customerId}|${end}`;
    const cached = this.ledgers.get(key);
    const closesOf = (ledger: CustomerLedger, versions?: Map<string, string>) =>
      this.closesAndActions(
        pricedTickers(ledger, benchmark),
        barsFrom(start, ledger),
        barsUntil(end, ledger),
        versions,
      );
    let versions: Map<string, string> | undefined;
    if (cached) {
      const read = await this.ledger.ledgerAndPriceVersions(customerId, pricedTickers(cached, benchmark));
      if (read.ledgerVersion === null) throw new NotFoundProblem(`Customer ${customerId} not found`);
      if (read.ledgerVersion === cached.version)
        return { ledger: cached, ...(await closesOf(cached, read.priceVersions)) };
      versions = read.priceVersions;
    }
    const ledger = await this.ledger.ledgerUntil(customerId, end);
    if (!ledger) throw new NotFoundProblem(`Customer ${customerId} not found`);
    // Once per ledger version, in the calculator's own trade order (the result does not depend on the
    // order): each recompute's sorts then meet sorted runs, a pass instead of n log n comparisons.
    ledger.trades.sort(compareTrades);
    this.ledgers.set(key, ledger);
    // The versions read with the old ledger serve when the new one needs the same tickers over the same dates.
    const same = cached !== undefined && sameNeeds(cached, ledger, start, end, benchmark);
    return { ledger, ...(await closesOf(ledger, same ? versions : undefined)) };
  }

  /**
   * Splits and dividends of `tickers`, reused while their price version (bumped by every corporate-action
   * write) is `versions`; the others are read after those versions were, so never older than them.
   */
  private async corporateActionsOf(
    tickers: string[],
    versions: Map<string, string>,
  ): Promise<Map<string, TickerActions>> {
    const actions = new Map<string, TickerActions>();
    const stale: string[] = [];
    for (const ticker of tickers) {
      const cached = this.actions.get(ticker, versions.get(ticker));
      if (cached) actions.set(ticker, cached);
      else stale.push(ticker);
    }
    if (stale.length === 0) return actions;
    const [splits, dividends] = await Promise.all([
      this.corporateActions.splitsFor(stale),
      this.corporateActions.dividendsFor(stale),
    ]);
    for (const ticker of stale) {
      const read = toTickerActions(splits.get(ticker) ?? [], dividends.get(ticker) ?? []);
      this.actions.set(ticker, versions.get(ticker), read);
      actions.set(ticker, read);
    }
    return actions;
  }

  /** Both ends inside 1970-01-01..today: the work of a request is bounded before anything is read. */
  checkWindow(start: string, end: string): void {
    const errors = windowDateErrors(start, end, newYorkDate(this.clock.now()));
    if (errors.length > 0) throw new ValidationProblem(errors);
  }

  private cursorDate({ cursor, start, end }: PerformanceRequest): string {
    const date = decodeCursor(cursor as string);
    if (date === undefined || date < start || date > end)
      throw new ValidationProblem([
        { field: 'cursor', message: 'cursor must come from a page of this window' },
      ]);
    return date;
  }

  private async stillValid(customerId: string, cached: CachedReturns): Promise<boolean> {
    const { ledgerVersion, priceVersions } = await this.ledger.ledgerAndPriceVersions(
      customerId,
      cached.tickers,
    );
    return ledgerVersion === cached.ledgerVersion && sameVersions(priceVersions, cached.priceVersions);
  }
}

/** Per ledger object (a cached ledger is used by many requests): its tickers, computed once. */
const ledgerTickers = new WeakMap<CustomerLedger, Set<string>>();

function tickersOf(ledger: CustomerLedger): Set<string> {
  let tickers = ledgerTickers.get(ledger);
  if (!tickers) {
    tickers = new Set([...ledger.opening, ...ledger.trades].map((entry) => entry.ticker));
    ledgerTickers.set(ledger, tickers);
  }
  return tickers;
}

/** The tickers whose closes a calculation needs: the ledger's, then the benchmark. */
function pricedTickers(ledger: CustomerLedger, benchmark: string | undefined): string[] {
  return [...tickersOf(ledger), ...(benchmark ? [benchmark] : [])];
}

/** Whether two ledgers need the closes of the same tickers over the same dates. */
function sameNeeds(
  a: CustomerLedger,
  b: CustomerLedger,
  start: IsoDate,
  end: IsoDate,
  benchmark: string | undefined,
): boolean {
  const tickersA = pricedTickers(a, benchmark);
  const tickersB = pricedTickers(b, benchmark);
  return (
    tickersA.length === tickersB.length &&
    tickersA.every((ticker, i) => ticker === tickersB[i]) &&
    barsFrom(start, a) === barsFrom(start, b) &&
    barsUntil(end, a) === barsUntil(end, b)
  );
}

/**
 * The closes of the ledger's tickers as the calculator takes them: typed arrays as they were read (no bar
 * object is made), bar objects as given.
 */
function holdingCloses(
  closes: ReadonlyMap<string, TickerCloses>,
  tickers: ReadonlySet<string>,
): Pick<ReturnsInput, 'bars' | 'barArrays'> {
  const bars = new Map<string, CloseBar[]>();
  const barArrays = new Map<string, BarArrays>();
  for (const [ticker, series] of closes) {
    if (!tickers.has(ticker)) continue;
    if (Array.isArray(series)) bars.set(ticker, series);
    else barArrays.set(ticker, series);
  }
  return { bars, barArrays };
}

const NO_CLOSES: CloseBar[] = [];

/**
 * One customer's closes out of closes read for many: its tickers, each sliced to its own range. `slices`
 * keeps the slices already cut (by ticker and range), so customers with the same range share one slice.
 */
function ownCloses(
  closes: WindowCloses,
  tickers: string[],
  from: string,
  until: string,
  slices: Map<string, TickerCloses>,
): WindowCloses {
  const own: WindowCloses = { bars: new Map(), versions: new Map(), newest: new Map() };
  for (const ticker of tickers) {
    const bars = closes.bars.get(ticker);
    const key = `${ticker}|${from}|${until}`;
    let window = slices.get(key);
    if (!window) {
      window = bars ? sliceWindow(bars, from, until) : NO_CLOSES;
      slices.set(key, window);
    }
    if (window.length > 0) own.bars.set(ticker, window);
    const version = closes.versions.get(ticker);
    if (version !== undefined) own.versions.set(ticker, version);
    const newest = closes.newest.get(ticker);
    if (newest !== undefined) own.newest.set(ticker, newest);
  }
  return own;
}
