import type { PriceBarResponse, StockResponse } from './dto/stock.response.js';
import type { BarSource, StoredBar, TickerCoverage } from './price-bar.js';

const num = (value: string | null) => (value === null ? null : Number(value));

export function toStockResponse(stock: TickerCoverage): StockResponse {
  return {
    ticker: stock.ticker,
    name: stock.name,
    exchange: stock.exchange,
    created_at: new Date(stock.createdAt).toISOString(),
    updated_at: new Date(stock.updatedAt).toISOString(),
    first_date: stock.firstDate,
    last_date: stock.lastDate,
    bar_count: stock.barCount,
  };
}

export function toPriceBarResponse(
  bar: StoredBar & Partial<BarSource> & { fetchedAt?: Date },
): PriceBarResponse {
  return {
    date: bar.date,
    open: Number(bar.open),
    high: Number(bar.high),
    low: Number(bar.low),
    close: Number(bar.close),
    volume: Number(bar.volume),
    vwap: num(bar.vwap),
    trades: bar.trades,
    adjusted: bar.adjusted ?? true,
    source: bar.source ?? 'import',
    fetched_at: bar.fetchedAt ? new Date(bar.fetchedAt).toISOString() : '',
  };
}
