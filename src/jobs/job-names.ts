/** Every queue and its payload, declared once. */
export const QUEUES = {
  populateTicker: 'prices-populate-ticker',
  tickerDetails: 'prices-ticker-details',
  dailyRefresh: 'prices-daily-refresh',
  groupedDaily: 'prices-grouped-daily',
  returnsReportChunk: 'reports-returns-chunk',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  [QUEUES.populateTicker]: { jobId: string; ticker: string };
  [QUEUES.tickerDetails]: { ticker: string };
  [QUEUES.dailyRefresh]: Record<string, never>;
  /** One grouped-daily run of a price job: its tickers, market days and corporate-action window. */
  [QUEUES.groupedDaily]: {
    jobId: string;
    tickers: string[];
    days: string[];
    actionsFrom: string;
    actionsTo: string;
  };
  /** One chunk (a few hundred customers) of a returns report. */
  [QUEUES.returnsReportChunk]: { reportId: string; part: number };
}
