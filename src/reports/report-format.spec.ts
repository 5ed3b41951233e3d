import { negotiateReportFormat } from './report-format.js';

describe('negotiateReportFormat', () => {
  it.each([
    [undefined, 'csv'],
    ['', 'csv'],
    ['*/*', 'csv'],
    ['text/csv', 'csv'],
    ['text/*', 'csv'],
    ['application/x-ndjson', 'ndjson'],
    ['application/ndjson', 'ndjson'],
    ['application/jsonl', 'ndjson'],
    ['Application/X-NDJSON; charset=utf-8', 'ndjson'],
    ['text/csv;q=0.5, application/x-ndjson', 'ndjson'],
    ['application/x-ndjson;q=0.9, text/csv', 'csv'],
    ['application/xml, application/x-ndjson;q=0.1', 'ndjson'],
    ['application/x-ndjson, */*;q=0.1', 'ndjson'],
  ])('Accept %j → %s', (accept, format) => {
    expect(negotiateReportFormat(accept)).toBe(format);
  });

  it.each(['application/json', 'application/xml', 'text/csv;q=0', 'image/*', 'text/csv;q=abc'])(
    'Accept %j → null (406)',
    (accept) => {
      expect(negotiateReportFormat(accept)).toBeNull();
    },
  );
});
