import { MarketDataMalformedError } from '../market-data.error.js';

/** Hosts Polygon's next_url may name (the API answers on both since the 2025 rebrand). */
const VENDOR_HOSTS = new Set(['api.polygon.io', 'api.massive.com']);

/**
 * Where to send a next_url: only when it names the configured host or Polygon's own, and then to the
 * configured base URL (path and cursor as given, nothing added), so the key never goes anywhere else.
 * Throws a non-retryable 'malformed' error otherwise (unparsable, e.g. the ":443:443" bug, or foreign).
 */
export function followableNextUrl(nextUrl: string, base: URL, requestId: string | null): string {
  let next: URL;
  try {
    next = new URL(nextUrl);
  } catch {
    throw refused('is not a URL', requestId);
  }
  const vendorHost = VENDOR_HOSTS.has(next.hostname) && (next.port === '' || next.port === '443');
  if (next.host !== base.host && !vendorHost) throw refused('names a foreign host', requestId);
  return joinBase(base, `${next.pathname}${next.search}`);
}

export function joinBase(base: URL, pathAndQuery: string): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}${pathAndQuery}`;
}

function refused(why: string, requestId: string | null): MarketDataMalformedError {
  return new MarketDataMalformedError(`Refusing to follow Polygon next_url: it ${why}`, {
    requestId: requestId ?? undefined,
    retryable: false,
  });
}
