import type { ReportResponse } from './dto/report.response.js';
import type { ReportRecord } from './report.record.js';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export const reportPath = (id: string) => `/api/v1/reports/${id}`;
export const reportDownloadPath = (id: string) => `${reportPath(id)}/returns`;

export function toReportResponse(report: ReportRecord): ReportResponse {
  const total = report.customersTotal;
  return {
    id: report.id,
    type: report.type,
    state: report.state,
    request: report.request,
    progress: {
      customers_total: total,
      customers_done: report.customersDone,
      customers_failed: report.customersFailed,
      parts_total: report.partsTotal,
      parts_done: report.partsDone,
      percent: total === 0 ? 100 : Math.round((1000 * report.customersDone) / total) / 10,
    },
    download: reportDownloadPath(report.id),
    created_at: iso(report.createdAt)!,
    started_at: iso(report.startedAt),
    finished_at: iso(report.finishedAt),
    error: report.error,
  };
}
