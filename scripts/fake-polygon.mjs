// `npm run fake-polygon`: the tests' fake Polygon (test/fakes/polygon-fake-server.ts) on a fixed local port,
// so that the README's populate examples run without a Polygon key. Synthetic daily bars for any ticker
// from 2015 to today. Stops on Ctrl-C / SIGTERM.
//   FAKE_POLYGON_PORT  port on 127.0.0.1 (default 8010)
// Then start the service pointed at it:
//   POLYGON_BASE_URL=http://127.0.0.1:8010 POLYGON_API_KEY=test-polygon-key POLYGON_REQUESTS_PER_MINUTE=0 npm start
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const port = Number(process.env.FAKE_POLYGON_PORT ?? 8010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('FAKE_POLYGON_PORT must be a port number');
  process.exit(2);
}

// The fake is TypeScript; compile it (and the one src/ module it imports) to a throw-away directory.
const out = mkdtempSync(join(tmpdir(), 'fake-polygon-'));
const cleanUp = () => rmSync(out, { recursive: true, force: true });
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      'test/fakes/polygon-fake-server.ts',
      ...['--outDir', out, '--rootDir', '.', '--target', 'es2023', '--module', 'nodenext'],
      ...['--moduleResolution', 'nodenext', '--types', 'node', '--skipLibCheck', '--strict'],
    ],
    { cwd: new URL('..', import.meta.url), stdio: 'inherit' },
  );
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
} catch (error) {
  cleanUp();
  throw error;
}

const { PolygonFakeServer } = await import(
  pathToFileURL(join(out, 'test/fakes/polygon-fake-server.js')).href
);
const today = new Date().toISOString().slice(0, 10);
const server = new PolygonFakeServer({
  apiKey: 'test-polygon-key', // the key the README's examples use
  market: { firstDate: '2015-01-02', lastDate: today },
});
const url = await server.start(port);
console.log(
  `Fake Polygon listening on ${url} (API key ${server.apiKey}). Start the service with:\n` +
    `  POLYGON_BASE_URL=${url} POLYGON_API_KEY=${server.apiKey} POLYGON_REQUESTS_PER_MINUTE=0 npm start`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  cleanUp();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
