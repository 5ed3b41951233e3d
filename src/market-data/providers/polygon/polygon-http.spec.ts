import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { inflateInPlace, PolygonHttp } from './polygon-http.js';

const TEXT = '{"status":"OK","results":[{"c":130.73,"t":1}],"ticker":"ÄPPL"}';
/** Inflates ~1,000×: past what is inflated in place, so on the thread pool; still under the 64 MB cap. */
const SPARSE = `{"status":"OK","pad":"${' '.repeat(3 * 1024 * 1024)}"}`;
const BOMB = Buffer.alloc(65 * 1024 * 1024, 0x20);

describe('PolygonHttp bodies', () => {
  let server: Server;
  let base: string;
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers['accept-encoding']);
      const [encoding, body] = (
        {
          '/gzip': ['gzip', gzipSync(TEXT)],
          '/sparse': ['gzip', gzipSync(SPARSE)],
          '/bomb': ['gzip', gzipSync(BOMB)],
          '/deflate': ['deflate', deflateSync(TEXT)],
          '/br': ['br', brotliCompressSync(TEXT)],
          '/plain': [undefined, Buffer.from(TEXT)],
          '/empty': ['gzip', Buffer.alloc(0)],
          '/corrupt': ['gzip', Buffer.from('not gzip at all')],
          '/unknown': ['zstd', Buffer.from(TEXT)],
        } as Record<string, [string | undefined, Buffer]>
      )[req.url!];
      res.writeHead(200, { ...(encoding && { 'Content-Encoding': encoding }), 'X-Request-Id': 'r' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(['/gzip', '/deflate', '/br', '/plain'])('reads %s bodies as the same UTF-8 bytes', async (path) => {
    const http = new PolygonHttp('key', 5000);
    await expect(http.get(`${base}${path}`)).resolves.toEqual({
      type: 'response',
      status: 200,
      body: Buffer.from(TEXT, 'utf8'),
      requestId: 'r',
      retryAfter: undefined,
    });
  });

  it('reads a body that inflates past the in-place bound on the thread pool, and refuses one past 64 MB', async () => {
    expect(inflateInPlace(gzipSync(TEXT))?.toString('utf8')).toBe(TEXT);
    expect(inflateInPlace(gzipSync(SPARSE))).toBeUndefined();
    const http = new PolygonHttp('key', 5000);
    const sparse = await http.get(`${base}/sparse`);
    expect(sparse.type === 'response' && sparse.body.toString('utf8') === SPARSE).toBe(true);
    await expect(http.get(`${base}/bomb`)).resolves.toEqual({
      type: 'network',
      code: 'ERR_BUFFER_TOO_LARGE',
    });
  });

  it('asks for gzip', async () => {
    await new PolygonHttp('key', 5000).get(`${base}/plain`);
    expect(seen.at(-1)).toContain('gzip');
  });

  it('reads an empty body as no bytes', async () => {
    await expect(new PolygonHttp('key', 5000).get(`${base}/empty`)).resolves.toMatchObject({
      body: Buffer.alloc(0),
    });
  });

  it('answers a body that does not inflate, or an encoding it cannot read, as a network failure', async () => {
    const http = new PolygonHttp('key', 5000);
    await expect(http.get(`${base}/corrupt`)).resolves.toEqual({ type: 'network', code: 'Z_DATA_ERROR' });
    await expect(http.get(`${base}/unknown`)).resolves.toEqual({
      type: 'network',
      code: 'ERR_CONTENT_ENCODING',
    });
  });
});
