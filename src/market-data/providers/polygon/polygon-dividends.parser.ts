import type { Dividend } from '../market-data-provider.js';
import type { ErrorContext } from './polygon-error.classifier.js';
import { parsePolygonEnvelope } from './polygon-envelope.js';
import { parseListItems, type PolygonListPage } from './polygon-list.js';

/**
 * `/v3/reference/dividends`: a list page. `cash_amount` is per share as of the ex-date (never split-adjusted)
 * and kept digit for digit; `currency` is absent in items recorded before 2024 (they are USD) and is then
 * null. Declared future ex-dates are listed too: whether they count is the calculator's decision.
 */
export function parsePolygonDividends(text: string, context: ErrorContext = {}): PolygonListPage<Dividend> {
  return parseListItems(parsePolygonEnvelope(text, context), (fields): Dividend => ({
    ticker: fields.requiredString('ticker'),
    exDividendDate: fields.requiredDate('ex_dividend_date'),
    payDate: fields.optionalDate('pay_date'),
    recordDate: fields.optionalDate('record_date'),
    cashAmount: fields.decimal('cash_amount', 'non_negative'),
    currency: fields.optionalString('currency'),
    dividendType: fields.optionalString('dividend_type'),
  }));
}
