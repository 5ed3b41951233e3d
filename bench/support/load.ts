import { fileURLToPath } from 'node:url';
import { spawnChild } from './lifecycle.js';

/** BENCH_DURATION_SECONDS (default 10) and BENCH_CONNECTIONS (default 50): the load every route gets. */
export const LOAD = {
  durationSeconds: Number(process.env.BENCH_DURATION_SECONDS ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
};

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Every request that did not answer 2xx. */
  failed: number;
}

/** autocannon in a child pinned to core 1 (the service on core 0): a 2 s warm-up, then the measured run. */
export async function autocannon(url: string, extra: string[] = []): Promise<LoadResult> {
  // Compiled to .bench-dist/bench/support/: the repository is three levels up.
  const cli = fileURLToPath(new URL('../../../node_modules/autocannon/autocannon.js', import.meta.url));
  const run = async (seconds: number): Promise<LoadResult> => {
    const args = ['-c', '1', process.execPath, cli, '-c', String(LOAD.connections), '-d', String(seconds)];
    const child = spawnChild('taskset', [...args, '--json', ...extra, url]);
    let out = '';
    child.stdoutLines.on('line', (line: string) => (out += line));
    const code = await child.exited;
    if (code !== 0) throw new Error(`autocannon exited ${code}: ${child.stderrTail()}`);
    const result = JSON.parse(out) as {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number };
      non2xx: number;
      errors: number;
      timeouts: number;
    };
    const errors = result.errors + result.timeouts;
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors,
      failed: result.non2xx + errors,
    };
  };
  await run(2);
  return run(LOAD.durationSeconds);
}
