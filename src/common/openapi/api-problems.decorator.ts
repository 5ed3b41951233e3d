import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { problemResponseObject } from './problem-examples.js';
import { ProblemResponse } from './problem.response.js';

/** Documents the application/problem+json error responses a route can give, each with its own example. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, ...problemResponseObject(status) })),
  );
}

export { ProblemResponse };
