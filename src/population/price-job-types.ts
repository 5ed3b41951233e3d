/** Kinds of price job a client can see in GET /api/v1/jobs (metrics start a zero series for each). */
export const PRICE_JOB_TYPES = [
  'populate',
  'populate_ticker',
  'populate_fortune500',
  'daily_refresh',
] as const;
export type PriceJobType = (typeof PRICE_JOB_TYPES)[number];
