import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeError } from '../logging/safe-error.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { mapErrorToProblem } from './problem-mapper.js';

/** The one place errors become HTTP responses: application/problem+json, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers, unexpected } = mapErrorToProblem(error);
    const body = { ...problem, instance: request.url.split('?')[0], request_id: String(request.id) };
    if (unexpected) {
      // Class, codes and stack frames only: a QueryFailedError also carries the SQL's bind parameters.
      this.logger.error(
        { err: safeError(error), request_id: request.id, route: request.routeOptions?.url },
        'Unexpected error',
      );
    }
    void reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(body);
  }
}
