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
  414: 'URI too long',
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
      detail: () => 'Unsupported content type: send application/json',
    },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
      status: 400,
      slug: 'bad-request',
      detail: () => 'Content-Length does not match the body',
    },
    // Raised by the router before any route or hook (see frameworkErrors in app.factory.ts).
    FST_ERR_BAD_URL: {
      status: 400,
      slug: 'bad-url',
      detail: () => 'The URL path is not valid percent-encoding',
    },
    FST_ERR_MAX_PARAM_LENGTH: {
      status: 414,
      slug: 'uri-too-long',
      detail: () => `A path parameter is longer than ${MAX_PARAM_LENGTH} characters`,
    },
  };

/** Fastify's default, kept: a path parameter longer than this is answered 414 before routing. */
export const MAX_PARAM_LENGTH = 100;

interface PgFields {
  code?: string;
  detail?: string;
  column?: string;
}

interface PgError extends PgFields {
  driverError?: PgFields;
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
  const postgres = mapPostgresError(error as PgError);
  if (postgres) return { problem: postgres, headers: {}, unexpected: false };
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

/**
 * Input the validation let through but Postgres refused. The body names the column, never the value:
 * a unique violation's detail ("Key (email)=(ada@example.com) already exists") is not echoed.
 */
function mapPostgresError(error: PgError): ProblemDetails | undefined {
  const pg: PgFields = error.driverError ?? error;
  const column = /^[a-z_][a-z0-9_]*$/.test(pg.column ?? '') ? pg.column : undefined;
  if (pg.code === '23505') {
    const columns = /^Key \(([a-z0-9_, ]+)\)=/.exec(pg.detail ?? '')?.[1];
    return generic(
      409,
      'conflict',
      columns
        ? `Conflicts with an existing record: the same ${columns} already exists`
        : 'Conflicts with an existing record',
    );
  }
  if (pg.code === '23502') {
    const field = column ?? 'a field';
    return {
      ...generic(400, 'validation-error', `${field} must not be null`),
      title: 'Invalid request',
      errors: [{ field, message: `${field} must not be null` }],
    };
  }
  // Class 22 (data exception): out of range, malformed, or a character the database cannot store.
  if (pg.code?.startsWith('22')) {
    const detail = column
      ? `${column} has a value the database cannot store (SQLSTATE ${pg.code})`
      : `A value is out of range or cannot be stored (SQLSTATE ${pg.code})`;
    return generic(400, 'invalid-value', detail);
  }
  return undefined;
}

function slugFor(status: number): string {
  return (TITLES[status] ?? 'error').toLowerCase().replace(/ /g, '-');
}
