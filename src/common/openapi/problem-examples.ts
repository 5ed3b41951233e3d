import type { ProblemDetails } from '../problem/problem-details.js';

/** What the service answers for each error status, as documented: a description and a real example. */
export interface ProblemStatusDoc {
  description: string;
  example: ProblemDetails & { request_id: string };
  /** Response headers the status always carries (documented next to the body). */
  headers?: Record<string, { description: string; schema: { type: 'integer' | 'string' } }>;
}

const CUSTOMER_ID = '3f6c1a52-8e0b-4c1e-9a7d-2b5e8f0c4d91';
const REPORT_ID = '9b2e4f10-6c3a-4d8e-b1f7-0a5c2d9e8f31';
const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' as const } },
};

/**
 * One example per status, each the body the service really sends in that case (same type, title and
 * detail wording as the code that throws it), so Swagger UI never shows a 400 under a 404.
 */
export const PROBLEM_STATUS_DOCS: Record<number, ProblemStatusDoc> = {
  400: {
    description: 'Invalid input; `errors[]` names each field',
    example: {
      type: '/problems/validation-error',
      title: 'Invalid request',
      status: 400,
      detail: 'quantity must be a number greater than 0 with at most 8 decimals',
      instance: '/api/v1/customers',
      request_id: 'req-1',
      errors: [
        {
          field: 'stocks[0].quantity',
          message: 'quantity must be a number greater than 0 with at most 8 decimals',
        },
      ],
    },
  },
  401: {
    description: 'Missing or invalid API key (see WWW-Authenticate)',
    example: {
      type: '/problems/unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'This route needs an API key: send Authorization: Bearer <key>',
      instance: '/api/v1/customers',
      request_id: 'req-2',
    },
    headers: {
      'WWW-Authenticate': {
        description: 'The Bearer challenge (RFC 6750)',
        schema: { type: 'string' },
      },
    },
  },
  403: {
    description: 'The API key lacks the scope',
    example: {
      type: '/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      detail: 'This key may only read (GET, HEAD); writing needs a key with the admin scope',
      instance: '/api/v1/customers',
      request_id: 'req-3',
    },
  },
  404: {
    description: 'Unknown resource',
    example: {
      type: '/problems/not-found',
      title: 'Resource not found',
      status: 404,
      detail: `Customer ${CUSTOMER_ID} not found`,
      instance: `/api/v1/customers/${CUSTOMER_ID}`,
      request_id: 'req-4',
    },
  },
  406: {
    description: 'The Accept header names no representation the route sends',
    example: {
      type: '/problems/not-acceptable',
      title: 'Not acceptable',
      status: 406,
      detail: 'Accept application/xml: this route sends text/csv or application/x-ndjson',
      instance: `/api/v1/reports/${REPORT_ID}/returns`,
      request_id: 'req-15',
    },
  },
  409: {
    description: 'Conflict with the current state',
    example: {
      type: '/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'A customer with this email already exists',
      instance: '/api/v1/customers',
      request_id: 'req-5',
    },
  },
  413: {
    description: 'Body larger than 1 MiB',
    example: {
      type: '/problems/payload-too-large',
      title: 'Payload too large',
      status: 413,
      detail: 'The request body exceeds the 1 MiB limit',
      instance: '/api/v1/stocks/AAPL/prices',
      request_id: 'req-6',
    },
  },
  414: {
    description: 'A path parameter longer than 100 characters',
    example: {
      type: '/problems/uri-too-long',
      title: 'URI too long',
      status: 414,
      detail: 'A path parameter is longer than 100 characters',
      instance: '/api/v1/stocks/{ticker}',
      request_id: 'req-14',
    },
  },
  415: {
    description: 'Unsupported content type',
    example: {
      type: '/problems/unsupported-media-type',
      title: 'Unsupported media type',
      status: 415,
      detail: 'Unsupported content type: text/plain',
      instance: '/api/v1/stocks/AAPL/prices',
      request_id: 'req-7',
    },
  },
  422: {
    description: 'Valid input that cannot be processed (e.g. missing prices)',
    example: {
      type: '/problems/missing-prices',
      title: 'Missing prices',
      status: 422,
      detail: 'No stored price for MSFT (from 2024-01-01): load or import prices, then retry',
      instance: `/api/v1/portfolio/${CUSTOMER_ID}/returns?start_date=2024-01-01&end_date=2024-01-31`,
      request_id: 'req-8',
      missing_prices: [{ ticker: 'MSFT', needed_from: '2024-01-01' }],
    },
  },
  429: {
    description: 'Rate limit exceeded; see Retry-After',
    example: {
      type: '/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'More than 600 requests in a minute; retry in 12 s',
      instance: '/api/v1/customers',
      request_id: 'req-9',
    },
    headers: RETRY_AFTER,
  },
  503: {
    description: 'A dependency is unavailable',
    example: {
      type: '/problems/price-provider-not-configured',
      title: 'Price provider not configured',
      status: 503,
      detail: 'Set POLYGON_API_KEY to load prices from Polygon; CSV/JSON import still works',
      instance: '/api/v1/stocks/populate',
      request_id: 'req-10',
    },
  },
};

const PROBLEM_SCHEMA = { $ref: '#/components/schemas/ProblemResponse' };

/** The OpenAPI response object of an error status: problem+json with that status's own example. */
export function problemResponseObject(status: number, description?: string) {
  const doc = PROBLEM_STATUS_DOCS[status];
  if (!doc) throw new Error(`No documented problem example for status ${status}`);
  return {
    description: description ?? doc.description,
    ...(doc.headers && { headers: doc.headers }),
    content: { 'application/problem+json': { schema: PROBLEM_SCHEMA, example: doc.example } },
  };
}
