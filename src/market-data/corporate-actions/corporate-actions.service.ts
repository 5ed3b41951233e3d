import { Injectable } from '@nestjs/common';
import {
  NotFoundProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '../../common/problem/problem.exception.js';
import { StocksRepository } from '../stocks.repository.js';
import {
  type ParseResult,
  parseDividendsImport,
  parseSplitsImport,
} from './corporate-action-import.parser.js';
import type { DividendRecord, SplitRecord } from './corporate-action.records.js';
import { CorporateActionsRepository } from './corporate-actions.repository.js';

/** Offline import and reads of a ticker's splits and cash dividends (these work without a provider key). */
@Injectable()
export class CorporateActionsService {
  constructor(
    private readonly actions: CorporateActionsRepository,
    private readonly stocks: StocksRepository,
  ) {}

  /** All rows or none: a bad row is a 400 naming it, and nothing is stored. */
  async importSplits(
    ticker: string,
    body: unknown,
    contentType: string,
  ): Promise<{ splits: SplitRecord[]; stored: number }> {
    const splits = valid(parseSplitsImport(body, isCsv(contentType)), 'splits');
    await this.stocks.ensureTickers([ticker]);
    return { splits, stored: await this.actions.upsertSplits(ticker, splits, 'import') };
  }

  async importDividends(
    ticker: string,
    body: unknown,
    contentType: string,
  ): Promise<{ dividends: DividendRecord[]; stored: number }> {
    const dividends = valid(parseDividendsImport(body, isCsv(contentType)), 'dividends');
    await this.stocks.ensureTickers([ticker]);
    return { dividends, stored: await this.actions.upsertDividends(ticker, dividends, 'import') };
  }

  async splits(ticker: string): Promise<SplitRecord[]> {
    await this.requireStock(ticker);
    return (await this.actions.splitsFor([ticker])).get(ticker) ?? [];
  }

  async dividends(ticker: string): Promise<DividendRecord[]> {
    await this.requireStock(ticker);
    return (await this.actions.dividendsFor([ticker])).get(ticker) ?? [];
  }

  private async requireStock(ticker: string): Promise<void> {
    if (!(await this.stocks.exists(ticker))) throw new NotFoundProblem(`Stock ${ticker} not found`);
  }
}

function isCsv(contentType: string): boolean {
  if (contentType.startsWith('text/csv')) return true;
  if (contentType.startsWith('application/json')) return false;
  throw new UnsupportedMediaTypeProblem(
    `Send text/csv or application/json, not ${contentType || 'no content type'}`,
  );
}

function valid<T>(parsed: ParseResult<T>, what: string): T[] {
  if (parsed.errors.length > 0) {
    throw new ValidationProblem(parsed.errors, `No ${what} were stored: ${parsed.errors[0].message}`);
  }
  return parsed.rows;
}
