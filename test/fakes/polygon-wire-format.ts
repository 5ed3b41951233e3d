import type { SyntheticBar } from './synthetic-market.js';

/**
 * Formats a double as Polygon's Go backend does (`%v`, shortest %g): exponent form from 1e6 up and
 * below 1e-4, two-digit exponent ("6.3896155e+07"); plain otherwise ("131.2636").
 */
export function polygonFloat(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-4)) {
    return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(value);
}

/** One bar with the real key order: v, vw, o, c, h, l, t, n. */
export function barJson(bar: SyntheticBar): string {
  return (
    `{"v":${polygonFloat(bar.v)},"vw":${polygonFloat(bar.vw)},"o":${polygonFloat(bar.o)},"c":${polygonFloat(bar.c)},` +
    `"h":${polygonFloat(bar.h)},"l":${polygonFloat(bar.l)},"t":${bar.t},"n":${bar.n}}`
  );
}

export type EmptyResults = 'absent' | 'null' | 'empty';

export interface AggsBodyInput {
  ticker: string;
  adjusted: boolean;
  bars: SyntheticBar[];
  status: 'OK' | 'DELAYED';
  requestId: string;
  nextUrl?: string;
  emptyResults: EmptyResults;
}

/** Aggregates body, keys in the order Polygon sends them: ticker … count[, next_url]. */
export function aggsBodyJson(input: AggsBodyInput): string {
  const { bars } = input;
  let results = '';
  if (bars.length > 0) results = `"results":[${bars.map(barJson).join(',')}],`;
  else if (input.emptyResults === 'null') results = '"results":null,';
  else if (input.emptyResults === 'empty') results = '"results":[],';
  const count = bars.length > 0 || input.emptyResults !== 'absent' ? `,"count":${bars.length}` : '';
  const nextUrl = input.nextUrl ? `,"next_url":${JSON.stringify(input.nextUrl)}` : '';
  return (
    `{"ticker":${JSON.stringify(input.ticker)},"queryCount":${bars.length},"resultsCount":${bars.length},` +
    `"adjusted":${input.adjusted},${results}"status":"${input.status}","request_id":"${input.requestId}"${count}${nextUrl}}`
  );
}

export interface GroupedBodyInput {
  bars: (SyntheticBar & { ticker: string })[];
  status: 'OK' | 'DELAYED';
  requestId: string;
  emptyResults: EmptyResults;
}

/** Grouped daily body as documented: no ticker, no next_url; each bar leads with its ticker `T`. */
export function groupedBodyJson(input: GroupedBodyInput): string {
  const { bars } = input;
  let results = '';
  if (bars.length > 0)
    results = `"results":[${bars.map((bar) => `{"T":${JSON.stringify(bar.ticker)},${barJson(bar).slice(1)}`).join(',')}],`;
  else if (input.emptyResults === 'null') results = '"results":null,';
  else if (input.emptyResults === 'empty') results = '"results":[],';
  const count = bars.length > 0 || input.emptyResults !== 'absent' ? `,"count":${bars.length}` : '';
  return (
    `{"queryCount":${bars.length},"resultsCount":${bars.length},"adjusted":true,${results}` +
    `"status":"${input.status}","request_id":"${input.requestId}"${count}}`
  );
}

/** An nginx error page, as Polygon's edge sends on 502/503/504. */
export function nginxErrorPage(status: number): string {
  const title = `${status} ${status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Temporarily Unavailable' : 'Gateway Time-out'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/1.19.2</center>\r\n</body>\r\n</html>\r\n`;
}

/** Error bodies as documented in polygon-api.md §6. */
export const POLYGON_ERRORS = {
  noKey: { status: 'ERROR', error: 'API Key was not provided' },
  unknownKey: { status: 'ERROR', error: 'Unknown API Key' },
  rateLimited: {
    status: 'ERROR',
    error:
      "You've exceeded the maximum requests per minute, please wait or upgrade your subscription to continue. https://polygon.io/pricing",
  },
  timeframe: {
    status: 'NOT_AUTHORIZED',
    message:
      "Your plan doesn't include this data timeframe. Please upgrade your plan at https://polygon.io/pricing",
  },
  beforeEndOfDay: {
    status: 'NOT_AUTHORIZED',
    message:
      "Attempted to request today's data before end of day. Please upgrade your plan at https://polygon.io/pricing",
  },
  notEntitled: {
    status: 'NOT_AUTHORIZED',
    message: 'You are not entitled to this data. Please upgrade your plan at https://polygon.io/pricing',
  },
  badFrom: {
    status: 'ERROR',
    error: "Could not parse the time parameter: 'from'. Use YYYY-MM-DD or Unix MS Timestamps",
  },
  tickerNotFound: { status: 'NOT_FOUND', message: 'Ticker not found.' },
  internal: { status: 'ERROR', error: 'Internal server error' },
} as const;
