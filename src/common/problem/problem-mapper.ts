import { HttpException } from '@nestjs/common';
import { mapDatabaseUnavailable } from './database-unavailable.problem.js';
import { type MappedProblem, ProblemDetails, problemType } from './problem-details.js';

export type { MappedProblem };
import { ProblemException } from './problem.exception.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Resource not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Fastify's own request errors (body parsing, limits) and the detail we give for each. */
const FASTIFY_ERRORS: Record<string, { status: number; slug: string; detail: (message: string) => string }> =
  {
    FST_ERR_CTP_INVALID_JSON_BODY: {
      status: 400,
      slug: 'malformed-json',
      detail: (m) => `Malformed JSON body: ${m}`,
    },
    FST_ERR_CTP_EMPTY_JSON_BODY: {
      status: 400,
      slug: 'malformed-json',
      detail: () => 'The body is empty but content-type is application/json',
    },
    FST_ERR_CTP_BODY_TOO_LARGE: {
      status: 413,
      slug: 'payload-too-large',
      detail: () => 'The request body exceeds the 1 MiB limit',
    },
    FST_ERR_CTP_INVALID_MEDIA_TYPE: {
      status: 415,
      slug: 'unsupported-media-type',
      detail: (m) => `Unsupported content type: ${m}`,
    },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
      status: 400,
      slug: 'bad-request',
      detail: () => 'Content-Length does not match the body',
    },
  };

interface PgError {
  code?: string;
  detail?: string;
  driverError?: { code?: string; detail?: string };
}

const generic = (status: number, slug: string, detail: string): ProblemDetails => ({
  type: problemType(slug),
  title: TITLES[status] ?? 'Error',
  status,
  detail,
});

/** Turns any thrown value into a problem document; unknown errors become a 500 without internals. */
export function mapErrorToProblem(error: unknown): MappedProblem {
  if (error instanceof ProblemException) {
    return { problem: error.problem, headers: error.headers, unexpected: false };
  }
  const databaseUnavailable = mapDatabaseUnavailable(error);
  if (databaseUnavailable) return databaseUnavailable;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : String((response as { message?: unknown }).message ?? error.message);
    return { problem: generic(status, slugFor(status), message), headers: {}, unexpected: status >= 500 };
  }
  const fastify = error as { code?: string; statusCode?: number; message?: string };
  const known = fastify.code ? FASTIFY_ERRORS[fastify.code] : undefined;
  if (known) {
    return {
      problem: generic(known.status, known.slug, known.detail(fastify.message ?? '')),
      headers: {},
      unexpected: false,
    };
  }
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const status = fastify.statusCode;
    return {
      problem: generic(status, slugFor(status), fastify.message ?? 'Bad request'),
      headers: {},
      unexpected: false,
    };
  }
  const pg = error as PgError;
  const pgCode = pg.driverError?.code ?? pg.code;
  if (pgCode === '23505') {
    return {
      problem: generic(
        409,
        'conflict',
        `Conflicts with an existing record: ${pg.driverError?.detail ?? pg.detail ?? ''}`.trim(),
      ),
      headers: {},
      unexpected: false,
    };
  }
  return {
    problem: generic(
      500,
      'internal-error',
      'An unexpected error occurred; quote the request id when reporting it',
    ),
    headers: {},
    unexpected: true,
  };
}

function slugFor(status: number): string {
  return (TITLES[status] ?? 'error').toLowerCase().replace(/ /g, '-');
}
