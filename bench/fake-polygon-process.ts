/**
 * The fake Polygon server in its own process, so that its CPU and memory are not the service's.
 * Usage: node .bench-dist/bench/fake-polygon-process.js <firstDate> <lastDate> [<tickers> <fetchFrom>]
 * With a comma-separated list of tickers, their aggregates answers for fetchFrom..lastDate (the range the
 * service asks for) are rendered and gzipped before it reports ready, and served from memory (bench:populate:
 * Polygon's CPU is not on our machine in production). Prints one line `FAKE_POLYGON {"url":…,"apiKey":…}` once listening; stops on SIGTERM/SIGINT or when its
 * parent closes stdin (so it never outlives the bench).
 */
import type { IsoDate } from '../src/common/time/calendar-date.js';
import { PolygonFakeServer } from '../test/fakes/polygon-fake-server.js';

async function main(): Promise<void> {
  const [firstDate = '2015-01-01', lastDate = '2024-12-31', prerender = '', fetchFrom = firstDate] =
    process.argv.slice(2);
  const server = new PolygonFakeServer({
    market: { firstDate: firstDate as IsoDate, lastDate: lastDate as IsoDate },
  });
  const url = await server.start();
  const started = performance.now();
  const tickers = prerender.split(',').filter((ticker) => ticker !== '');
  server.prerenderAggregates(
    tickers.map((ticker) => ({ ticker, from: fetchFrom as IsoDate, to: lastDate as IsoDate })),
  );
  const prerenderMs = Math.round(performance.now() - started);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.stdin
    .on('end', () => void stop())
    .on('error', () => void stop())
    .resume();
  console.log(
    `FAKE_POLYGON ${JSON.stringify({ url, apiKey: server.apiKey, pid: process.pid, prerenderMs })}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
