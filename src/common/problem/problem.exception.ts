import { HttpException } from '@nestjs/common';
import { FieldError, ProblemDetails, problemType } from './problem-details.js';

/** An error that already knows its problem document; the global filter sends it as is. */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem, problem.status);
  }
}

const problem = (status: number, slug: string, title: string, detail: string, extra: object = {}) =>
  ({ type: problemType(slug), title, status, detail, ...extra }) as ProblemDetails;

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[], detail?: string) {
    super(
      problem(400, 'validation-error', 'Invalid request', detail ?? errors.map((e) => e.message).join('; '), {
        errors,
      }),
    );
  }
}

export class BadRequestProblem extends ProblemException {
  constructor(detail: string, slug = 'bad-request') {
    super(problem(400, slug, 'Bad request', detail));
  }
}

export class NotFoundProblem extends ProblemException {
  constructor(detail: string) {
    super(problem(404, 'not-found', 'Resource not found', detail));
  }
}

/** 406: the Accept header names none of the representations the route can send. */
export class NotAcceptableProblem extends ProblemException {
  constructor(detail: string) {
    super(problem(406, 'not-acceptable', 'Not acceptable', detail));
  }
}

export class UnsupportedMediaTypeProblem extends ProblemException {
  constructor(detail: string, headers: Record<string, string> = {}) {
    super(problem(415, 'unsupported-media-type', 'Unsupported media type', detail), headers);
  }
}

export class ConflictProblem extends ProblemException {
  constructor(detail: string, extra: object = {}) {
    super(problem(409, 'conflict', 'Conflict', detail, extra));
  }
}

export class UnprocessableProblem extends ProblemException {
  constructor(slug: string, title: string, detail: string, extra: object = {}) {
    super(problem(422, slug, title, detail, extra));
  }
}

export class ServiceUnavailableProblem extends ProblemException {
  constructor(slug: string, title: string, detail: string, retryAfterSeconds?: number) {
    super(
      problem(503, slug, title, detail),
      retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    );
  }
}

/** 401: no credentials, or credentials that match no key. Carries the RFC 6750 challenge. */
export class UnauthorizedProblem extends ProblemException {
  constructor(detail: string, error?: 'invalid_token') {
    super(problem(401, 'unauthorized', 'Unauthorized', detail), {
      'www-authenticate': error
        ? `Bearer realm="portfolio-returns", error="${error}"`
        : 'Bearer realm="portfolio-returns"',
    });
  }
}

/** 403: a valid key whose scope does not cover the request. */
export class ForbiddenProblem extends ProblemException {
  constructor(detail: string) {
    super(problem(403, 'forbidden', 'Forbidden', detail));
  }
}

/** 429: the caller spent its request budget; Retry-After says when the next window opens. */
export class TooManyRequestsProblem extends ProblemException {
  constructor(detail: string, retryAfterSeconds: number, headers: Record<string, string> = {}) {
    super(problem(429, 'rate-limited', 'Too many requests', detail), {
      ...headers,
      'retry-after': String(retryAfterSeconds),
    });
  }
}
