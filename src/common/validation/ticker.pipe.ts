import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationProblem } from '../problem/problem.exception.js';
import { TICKER_PATTERN } from './decorators.js';

/**
 * A ticker path parameter: upper-cased, then checked like every ticker in a body. Fastify has already
 * percent-decoded it; decoding again turned `%25` into a URIError (500).
 */
@Injectable()
export class TickerPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const ticker = value.trim().toUpperCase();
    if (!TICKER_PATTERN.test(ticker)) {
      throw new ValidationProblem([
        { field: 'ticker', message: `ticker must be 1-10 characters: A-Z first, then A-Z, 0-9, '.' or '-'` },
      ]);
    }
    return ticker;
  }
}
