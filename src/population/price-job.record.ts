import type { PriceJobTicker, TickerTaskState } from './entities/price-job-ticker.entity.js';
import type { PriceJobState } from './entities/price-job.entity.js';

export interface TickerTask {
  ticker: string;
  fromDate: string | null;
  toDate: string | null;
}

export interface NewPriceJob {
  id: string;
  type: string;
  dedupeKey: string;
  request: Record<string, unknown>;
  tasks: TickerTask[];
}

export interface PriceJobRecord {
  id: string;
  type: string;
  state: PriceJobState;
  request: Record<string, unknown>;
  tickersTotal: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  tickers: Pick<
    PriceJobTicker,
    'ticker' | 'state' | 'bars' | 'splits' | 'dividends' | 'error' | 'fromDate' | 'toDate'
  >[];
}

export interface TickerOutcome {
  state: Extract<TickerTaskState, 'succeeded' | 'no_data' | 'failed'>;
  bars: number;
  splits: number;
  dividends: number;
  error: string | null;
}

export interface FinishedJob {
  id: string;
  type: string;
  state: PriceJobState;
  durationSeconds: number;
}
