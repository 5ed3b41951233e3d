export type ReportFormat = 'csv' | 'ndjson';

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

/** Media ranges that name each format; CSV is what a browser or `curl` without Accept gets. */
const RANGES: [string, ReportFormat][] = [
  ['text/csv', 'csv'],
  ['application/x-ndjson', 'ndjson'],
  ['application/ndjson', 'ndjson'],
  ['application/jsonl', 'ndjson'],
  ['text/*', 'csv'],
  ['*/*', 'csv'],
];

/**
 * The download format an Accept header asks for: the acceptable range with the highest q (earlier wins a
 * tie); CSV when the header is absent; null when it accepts neither (406).
 */
export function negotiateReportFormat(accept: string | undefined): ReportFormat | null {
  if (accept === undefined || accept.trim() === '') return 'csv';
  let best: { format: ReportFormat; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const qParam = params.find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const format = RANGES.find(([name]) => name === range)?.[1];
    if (format !== undefined && (best === null || q > best.q)) best = { format, q };
  }
  return best?.format ?? null;
}
