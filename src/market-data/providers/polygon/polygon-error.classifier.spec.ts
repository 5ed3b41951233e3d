import { MarketDataError } from '../market-data.error.js';
import { classifyPolygonError } from './polygon-error.classifier.js';

const body = (fields: object): string => JSON.stringify({ request_id: 'abc123', ...fields });

describe('classifyPolygonError', () => {
  it.each([
    [401, { status: 'ERROR', error: 'Unknown API Key' }, 'auth', false],
    [
      403,
      { status: 'NOT_AUTHORIZED', message: "Your plan doesn't include this data timeframe." },
      'plan_history_limit',
      false,
    ],
    [
      403,
      { status: 'NOT_AUTHORIZED', message: "Attempted to request today's data before end of day." },
      'not_yet_available',
      false,
    ],
    [403, { status: 'NOT_AUTHORIZED', message: 'You are not entitled to this data.' }, 'not_entitled', false],
    [404, { status: 'NOT_FOUND', message: 'Ticker not found.' }, 'not_found', false],
    [400, { status: 'ERROR', error: "Could not parse the time parameter: 'from'." }, 'bad_request', false],
    [
      429,
      { status: 'ERROR', error: "You've exceeded the maximum requests per minute" },
      'rate_limited',
      true,
    ],
    [503, { status: 'ERROR', error: 'Service unavailable' }, 'transient', true],
    [499, { status: 'ERROR', error: 'Client closed request' }, 'transient', true],
  ])('HTTP %i %j → %s', (status, fields, kind, retryable) => {
    const error = classifyPolygonError(status, body(fields));
    expect(error).toBeInstanceOf(MarketDataError);
    expect(error).toMatchObject({ kind, retryable, status, requestId: 'abc123' });
    expect(error.message).toBe(
      (fields as { message?: string; error?: string }).message ?? (fields as { error: string }).error,
    );
  });

  it('prefers message over error, and takes the request id from the header when the body has none', () => {
    const error = classifyPolygonError(403, JSON.stringify({ message: 'm', error: 'e' }), {
      headerRequestId: 'hdr',
    });
    expect(error).toMatchObject({ message: 'm', requestId: 'hdr' });
  });

  it('copes with an HTML body from the edge', () => {
    const error = classifyPolygonError(502, '<html><title>502 Bad Gateway</title></html>', {
      headerRequestId: 'h',
    });
    expect(error).toMatchObject({ kind: 'transient', status: 502, requestId: 'h' });
    expect(error.message).toBe('Polygon answered HTTP 502 without an error message');
  });

  it('scrubs secrets out of server-provided text', () => {
    const error = classifyPolygonError(401, body({ error: 'Unknown API Key sekrit-key' }), {
      scrub: (text) => text.replaceAll('sekrit-key', '[redacted]'),
    });
    expect(error.message).toBe('Unknown API Key [redacted]');
  });
});
