import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/**
 * The request's Cache-Control header, read from the raw request. Unlike @Headers('cache-control') it adds
 * no parameter to the OpenAPI document, where @ApiHeader declares the one optional `Cache-Control`.
 */
export const CacheControl = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers[
      'cache-control'
    ];
    return typeof value === 'string' ? value : undefined;
  },
);
