import { Writable } from 'node:stream';

export type LogLine = Record<string, unknown>;

export interface LogCapture {
  /** Give this to pino as its destination. */
  stream: Writable;
  /** What was written, chunk by chunk (pino writes one JSON line per chunk). */
  chunks: string[];
  raw(): string;
  lines(): LogLine[];
}

/** An in-memory log destination, for tests that assert what the app logs (and what it never logs). */
export function captureLogs(): LogCapture {
  const chunks: string[] = [];
  const raw = () => chunks.join('');
  return {
    chunks,
    raw,
    lines: () =>
      raw()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as LogLine),
    stream: new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
  };
}
