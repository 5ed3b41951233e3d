import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ProblemResponse } from './problem.response.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors[]` names each field',
  401: 'Missing or invalid API key',
  403: 'The API key lacks the scope',
  404: 'Unknown resource',
  409: 'Conflict with the current state',
  413: 'Body larger than 1 MiB',
  415: 'Unsupported content type',
  422: 'Valid input that cannot be processed (e.g. missing prices)',
  429: 'Rate limit exceeded; see Retry-After',
  503: 'A dependency is unavailable; see Retry-After',
};

/** Documents the application/problem+json error responses a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } },
      }),
    ),
  );
}

export { ProblemResponse };
