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
