/** Every queue and its payload, declared once. */
export const QUEUES = {
  populateTicker: 'prices-populate-ticker',
  tickerDetails: 'prices-ticker-details',
  dailyRefresh: 'prices-daily-refresh',
  returnsReportChunk: 'reports-returns-chunk',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  [QUEUES.populateTicker]: { jobId: string; ticker: string };
  [QUEUES.tickerDetails]: { ticker: string };
  [QUEUES.dailyRefresh]: Record<string, never>;
  /** One chunk (a few hundred customers) of a returns report. */
  [QUEUES.returnsReportChunk]: { reportId: string; part: number };
}
