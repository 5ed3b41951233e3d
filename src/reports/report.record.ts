import type { ReportPartState } from './entities/report-part.entity.js';
import type { ReportState } from './entities/report.entity.js';

/** What a returns report asks for, as stored in `reports.request` (snake_case, as the API names it). */
export interface ReturnsReportRequest {
  start_date: string;
  end_date: string;
  benchmark: string | null;
  dividends: 'include' | 'exclude';
  cost_basis: 'average' | 'fifo';
}

export interface NewReport {
  id: string;
  type: string;
  request: ReturnsReportRequest;
}

export interface ReportRecord {
  id: string;
  type: string;
  state: ReportState;
  request: ReturnsReportRequest;
  customersTotal: number;
  partsTotal: number;
  partsDone: number;
  customersDone: number;
  customersFailed: number;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** A part a worker is about to compute. */
export interface StartedPart {
  request: ReturnsReportRequest;
  customerIds: string[];
}

/** One customer's stored result. */
export interface ReportLineRow {
  customerId: string;
  body: string;
  failed: boolean;
}

export interface SettledReport {
  id: string;
  state: ReportState;
}

export type { ReportPartState };
