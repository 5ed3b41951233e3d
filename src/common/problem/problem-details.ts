/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  message: string;
}

/** A problem document with the headers it is sent with. */
export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True when the error is a bug (an unexpected 5xx) and must be logged with its stack. */
  unexpected: boolean;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemType = (slug: string): string => `/problems/${slug}`;
