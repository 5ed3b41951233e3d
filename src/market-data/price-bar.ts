import type { IsoDate } from '../common/time/calendar-date.js';

/** A bar as stored: decimal strings, exact. */
export interface StoredBar {
  date: IsoDate;
  open: string;
  high: string;
  low: string;
  close: string;
  volume: string;
  vwap: string | null;
  trades: number | null;
}

export interface BarSource {
  adjusted: boolean;
  source: 'polygon' | 'import';
}

export interface TickerCoverage {
  ticker: string;
  name: string | null;
  exchange: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  barCount: number;
}

export interface CloseBar {
  date: IsoDate;
  close: number;
}
