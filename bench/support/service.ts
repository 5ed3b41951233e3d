import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino, { type Logger } from 'pino';
import { createApp } from '../../src/app.factory.js';
import type { Clock } from '../../src/common/time/clock.js';
import { loadConfig } from '../../src/config/load-config.js';
import { freePort } from '../../src/database/embedded-postgres.js';
import { type Child, onCleanup, spawnChild } from './lifecycle.js';

/** The repository: this file runs compiled, from .bench-dist/bench/support/. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Settings every bench's service runs with: no schedule, no per-key rate limit. */
const BENCH_ENV = { NODE_ENV: 'test', PRICE_REFRESH_CRON: 'off', RATE_LIMIT_PER_MINUTE: '0' };

/** The bench's first line: which bench, which Node, how many cores and how loaded the machine is. */
export function printBenchHeader(name: string): void {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`# bench:${name} — node ${process.version}, ${cpus().length} cores, load average ${load}`);
}

/** The built service's entry point; `npm run bench:<name>` builds it first. */
export function builtService(name: string): string {
  const mainJs = `${ROOT}dist/main.js`;
  if (!existsSync(mainJs))
    throw new Error(`${mainJs} is missing: run npm run build (npm run bench:${name} does)`);
  return mainJs;
}

export interface ServiceOptions {
  /** `taskset -c <core>`: the service on one core, the load generator on the other. */
  pinToCore?: number;
  nodeOptions?: string[];
  env?: Record<string, string | undefined>;
}

/** The built service in a child process, as deployed (it migrates at start-up), once it is ready. */
export async function startBuiltService(
  mainJs: string,
  databaseUrl: string,
  options: ServiceOptions = {},
): Promise<{ child: Child; url: string; pid: number }> {
  const port = await freePort();
  const node = [process.execPath, ...(options.nodeOptions ?? []), mainJs];
  const [command, ...args] =
    options.pinToCore === undefined ? node : ['taskset', '-c', String(options.pinToCore), ...node];
  const child = spawnChild(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      ...BENCH_ENV,
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(url, child.exited);
  return { child, url, pid: child.process.pid! };
}

/** The app in this process (to profile it, or to read its own RSS), listening; closed at cleanup or by close(). */
export async function startAppInProcess(
  databaseUrl: string,
  env: Record<string, string | undefined>,
  { logger = pino({ level: 'warn' }), clock }: { logger?: Logger; clock?: Clock } = {},
): Promise<{ app: NestFastifyApplication; url: string; close: () => Promise<void> }> {
  const config = loadConfig({ ...BENCH_ENV, LOG_LEVEL: 'warn', ...env });
  const app = await createApp({ config, databaseUrl, logger, clock });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  onCleanup('close app', close);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no listening address');
  return { app, url: `http://127.0.0.1:${address.port}`, close };
}

/** Waits until the service at `url` answers /health/ready with 200 (fails if it exits or after 60 s). */
export async function waitForReady(url: string, exited: Promise<number | string>): Promise<void> {
  let gone: number | string | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`service exited (${gone}) before it was ready`);
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('service not ready after 60 s');
}
