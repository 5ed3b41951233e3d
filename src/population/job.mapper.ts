import { type JobResponse, ORIGINAL_STATUS, type PopulateAcceptedResponse } from './dto/job.response.js';
import type { PriceJobRecord } from './price-job.record.js';

const DONE = new Set(['succeeded', 'no_data', 'failed', 'cancelled']);

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toJobResponse(job: PriceJobRecord): JobResponse {
  const done = job.tickers.filter((ticker) => DONE.has(ticker.state)).length;
  return {
    id: job.id,
    type: job.type,
    state: job.state,
    progress: {
      tickers_total: job.tickersTotal,
      tickers_done: done,
      bars_upserted: job.tickers.reduce((sum, ticker) => sum + ticker.bars, 0),
      percent: job.tickersTotal === 0 ? 100 : Math.round((1000 * done) / job.tickersTotal) / 10,
    },
    tickers: job.tickers.map((ticker) => ({
      ticker: ticker.ticker,
      state: ticker.state,
      bars: ticker.bars,
      splits: ticker.splits,
      dividends: ticker.dividends,
      error: ticker.error,
    })),
    request: job.request,
    created_at: iso(job.createdAt)!,
    started_at: iso(job.startedAt),
    finished_at: iso(job.finishedAt),
    error: job.error,
  };
}

/** The job as the populate routes answer it, with the original's `message`, `status` and `ticker`. */
export function toPopulateAcceptedResponse(job: PriceJobRecord, ticker?: string): PopulateAcceptedResponse {
  const response = toJobResponse(job);
  const total = response.progress.tickers_total;
  const what =
    total <= 3
      ? `${total} ticker${total === 1 ? '' : 's'} (${response.tickers.map((t) => t.ticker).join(', ')})`
      : `${total} tickers`;
  const verb = job.state === 'queued' ? 'queued' : `already ${job.state.replace('_', ' ')}`;
  return {
    ...response,
    ...(ticker !== undefined && { ticker }),
    message: `Population of ${what} ${verb} as job ${job.id}`,
    status: ORIGINAL_STATUS[job.state] ?? job.state,
  };
}
