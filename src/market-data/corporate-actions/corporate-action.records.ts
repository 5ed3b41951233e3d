import type { IsoDate } from '../../common/time/calendar-date.js';

/** A split as stored: exact decimal ratio parts (k = splitTo / splitFrom). */
export interface SplitRecord {
  executionDate: IsoDate;
  splitFrom: string;
  splitTo: string;
}

/** A cash dividend as stored: an exact decimal amount per real share held before the ex-date. */
export interface DividendRecord {
  exDividendDate: IsoDate;
  payDate: IsoDate | null;
  recordDate: IsoDate | null;
  cashAmount: string;
  currency: string | null;
  dividendType: string | null;
}

/** Where stored corporate actions came from. */
export type CorporateActionSource = 'polygon' | 'import';
