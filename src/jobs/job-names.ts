/** Every queue and its payload, declared once. */
export const QUEUES = {
  populateTicker: 'prices-populate-ticker',
  tickerDetails: 'prices-ticker-details',
  dailyRefresh: 'prices-daily-refresh',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  [QUEUES.populateTicker]: { jobId: string; ticker: string };
  [QUEUES.tickerDetails]: { ticker: string };
  [QUEUES.dailyRefresh]: Record<string, never>;
}

/** Kinds of price job a client can see in GET /api/v1/jobs (metrics start a zero series for each). */
export const PRICE_JOB_TYPES = [
  'populate',
  'populate_ticker',
  'populate_fortune500',
  'daily_refresh',
] as const;
export type PriceJobType = (typeof PRICE_JOB_TYPES)[number];
