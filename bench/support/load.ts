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
  await autocannonRun({ url, extra }, 2);
  return autocannonRun({ url, extra }, LOAD.durationSeconds);
}

export interface LoadTarget {
  url: string;
  /** More autocannon arguments (headers). */
  extra?: string[];
}

/**
 * Loads that are compared as ratios, taken in turns: each target gets a 2 s warm-up, then `rounds` turns
 * of LOAD.durationSeconds / rounds each, target after target, so a neighbour that slows the machine for a
 * few seconds weighs on every target alike instead of on whichever ran then. Per target: requests over
 * its measured seconds, the median p50 and the worst p99 of its turns, and each turn's req/s.
 */
export async function autocannonInTurns(
  targets: LoadTarget[],
  rounds: number,
): Promise<(LoadResult & { turnRps: number[] })[]> {
  for (const target of targets) await autocannonRun(target, 2);
  const turns: LoadResult[][] = targets.map(() => []);
  const seconds = Math.max(1, Math.round(LOAD.durationSeconds / rounds));
  for (let round = 0; round < rounds; round++)
    for (const [i, target] of targets.entries()) turns[i].push(await autocannonRun(target, seconds));
  return turns.map((runs) => {
    const sum = (key: 'total' | 'non2xx' | 'errors' | 'failed') => runs.reduce((n, run) => n + run[key], 0);
    const p50s = runs.map((run) => run.p50).sort((a, b) => a - b);
    return {
      rps: sum('total') / (seconds * runs.length),
      p50: p50s[Math.floor(p50s.length / 2)],
      p99: Math.max(...runs.map((run) => run.p99)),
      total: sum('total'),
      non2xx: sum('non2xx'),
      errors: sum('errors'),
      failed: sum('failed'),
      turnRps: runs.map((run) => run.rps),
    };
  });
}

async function autocannonRun({ url, extra = [] }: LoadTarget, seconds: number): Promise<LoadResult> {
  // Compiled to .bench-dist/bench/support/: the repository is three levels up.
  const cli = fileURLToPath(new URL('../../../node_modules/autocannon/autocannon.js', import.meta.url));
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
}
