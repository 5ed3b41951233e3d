import { LoggerService } from '@nestjs/common';
import pino, { Logger, LoggerOptions } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { safeError, serializeError } from '../common/logging/safe-error.js';

/** Never logged: credentials in headers, config and job payloads. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.apiKey',
  '*.api_key',
  '*.password',
  '*.secret',
  'config.headers.Authorization',
];

/** Nest logs this at init(), before the port is bound; 'portfolio-returns listening' is the real one. */
const PREMATURE_READY_MESSAGE = 'Nest application successfully started';

/** The options of every logger of the service (tests pass them to pino with their own destination). */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'portfolio-returns' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // An error logged anywhere keeps its class, codes and stack frames, never SQL parameters or row values.
    serializers: { err: serializeError, error: serializeError },
  };
}

export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino(loggerOptions(config.logLevel));
}

/** Routes NestJS's own logging into the same pino JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    if (message === PREMATURE_READY_MESSAGE) return;
    this.write('info', message, context);
  }
  error(message: unknown, stack?: string, context?: string): void {
    this.write('error', message, context, stack);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace',
    message: unknown,
    context?: string,
    stack?: string,
  ) {
    if (message instanceof Error) {
      const err = safeError(message);
      this.logger[level]({ context, err }, err.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...(message as object) }, stack ?? '');
    } else {
      // Nest passes an error's stack as text; its first line is the message, which may quote values.
      const frames = stack
        ?.split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n');
      this.logger[level]({ context, ...(frames ? { stack: frames } : {}) }, String(message));
    }
  }
}
