/**
 * bench:populate's ceiling in its own process, so that the rows it holds (~130 MB of COPY text) never count
 * in the service's peak RSS: reads the rows of the tickers starting with a prefix (untimed), then loads them
 * `runs` times with COPY … FROM STDIN into a fresh table with stock_prices' columns, primary key, checks and
 * foreign key to stocks, printing one `CEILING {json}` line per load.
 *
 * Usage: node .bench-dist/bench/copy-ceiling-process.js <databaseUrl> <tickerPrefix> <runs> <postgresRootPid>
 * <embedded: 1|0> [<pid to leave out of PostgreSQL's CPU>…]
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { cpuSecondsOf, descendantsCpuSeconds, machineBusySeconds, secondsSince } from './support/report.js';

/** One load of the ceiling. */
export interface CopyRun {
  rows: number;
  /** Bytes of COPY text loaded. */
  bytes: number;
  seconds: number;
  pgCpu: number;
  clientCpu: number;
  othersCpu: number;
}

async function main(): Promise<void> {
  const [url, prefix, runs, rootPid, embedded, ...excluded] = process.argv.slice(2);
  // PostgreSQL's processes are the bench's children, as this one is: its own CPU is the client's.
  const postgresCpu = () => descendantsCpuSeconds(Number(rootPid), [process.pid, ...excluded.map(Number)]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const chunks = await readRows(client, prefix);
    for (let run = 0; run < Number(runs); run++) {
      const copy = await copyOnce(client, chunks, embedded === '1', postgresCpu);
      console.log(`CEILING ${JSON.stringify(copy)}`);
    }
  } finally {
    await client.end();
  }
}

/** The COPY text of the rows of the tickers starting with `prefix`, in the table's order. */
async function readRows(client: pg.Client, prefix: string): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  const select = `SELECT * FROM stock_prices WHERE ticker LIKE '${prefix}%'`;
  await pipeline(
    client.query(copyTo(`COPY (${select}) TO STDOUT`)),
    async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) chunks.push(chunk);
    },
  );
  return chunks;
}

async function copyOnce(
  client: pg.Client,
  chunks: Buffer[],
  embedded: boolean,
  postgresCpu: () => number,
): Promise<CopyRun> {
  await client.query('DROP TABLE IF EXISTS stock_prices_copy');
  await client.query('CREATE TABLE stock_prices_copy (LIKE stock_prices INCLUDING ALL)');
  await client.query(
    'ALTER TABLE stock_prices_copy ADD FOREIGN KEY (ticker) REFERENCES stocks (ticker) ON DELETE CASCADE',
  );
  const pgCpuStart = postgresCpu();
  const machineStart = machineBusySeconds();
  const clientCpuStart = process.cpuUsage();
  const started = performance.now();
  const stream = client.query(copyFrom('COPY stock_prices_copy FROM STDIN'));
  await pipeline(Readable.from(chunks), stream);
  const seconds = secondsSince(started);
  const clientCpu = cpuSecondsOf(process.cpuUsage(clientCpuStart));
  const pgCpu = postgresCpu() - pgCpuStart;
  const othersCpu = machineBusySeconds() - machineStart - clientCpu - (embedded ? pgCpu : 0);
  await client.query('DROP TABLE stock_prices_copy');
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return { rows: stream.rowCount, bytes, seconds, pgCpu, clientCpu, othersCpu };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
