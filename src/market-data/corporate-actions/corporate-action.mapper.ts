import type { DividendResponse, SplitResponse } from './dto/corporate-action.response.js';
import type { DividendRecord, SplitRecord } from './corporate-action.records.js';

export function toSplitResponse(split: SplitRecord): SplitResponse {
  return { execution_date: split.executionDate, split_from: split.splitFrom, split_to: split.splitTo };
}

export function toDividendResponse(dividend: DividendRecord): DividendResponse {
  return {
    ex_dividend_date: dividend.exDividendDate,
    cash_amount: dividend.cashAmount,
    currency: dividend.currency,
    pay_date: dividend.payDate,
    record_date: dividend.recordDate,
    dividend_type: dividend.dividendType,
  };
}
