import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';

/**
 * Inputs that once answered 500 (or were accepted when they should not be): each is a 4xx
 * application/problem+json with the security headers and a detail or errors[] naming the problem.
 */
describe('hostile input (e2e)', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(async () => {
    await t.close();
  });

  const http = () => t.http();

  /** The common shape of every rejection; returns the body for the specific assertions. */
  function expectProblem(res: Response, status: number): Record<string, unknown> {
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//) });
    return res.body as Record<string, unknown>;
  }

  const fields = (body: Record<string, unknown>) => (body.errors as { field: string }[]).map((e) => e.field);

  async function newCustomer(): Promise<{ id: string; email: string }> {
    return (await http().post('/api/v1/customers').send(customerBody()).expect(201)).body;
  }

  /** Writes raw bytes on a socket and returns the whole answer (the server closes the connection). */
  function rawRequest(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve(answer));
      socket.write(text);
    });
  }

  describe('path parameters are decoded once', () => {
    it.each([
      ['GET', '/api/v1/stocks/%25'],
      ['GET', '/api/v1/stocks/%25/prices'],
      ['POST', '/api/v1/stocks/populate/%25'],
      ['GET', '/api/v1/stocks/A%00B'],
    ])('%s %s → 400 naming the ticker', async (method, path) => {
      const res = await (method === 'GET' ? http().get(path) : http().post(path).send({}));
      expect(fields(expectProblem(res, 400))).toEqual(['ticker']);
    });

    it('a ticker that decodes to a valid one still works (BRK%2EB is BRK.B)', async () => {
      const res = await http().get('/api/v1/stocks/BRK%2EB');
      expect(res.status).toBe(404);
      expect(res.body.detail).toContain('BRK.B');
    });
  });

  describe('control characters in strings', () => {
    it.each([
      ['NUL in a name', { name: 'a\u0000b', address: 'x' }, 'name'],
      ['NUL in an address', { name: 'Ada', address: '1\u0000 Street' }, 'address'],
      ['NUL in an email', { name: 'Ada', address: 'x', email: 'a\u0000@example.com' }, 'email'],
      [
        'NUL in a holding ticker',
        { name: 'Ada', address: 'x', stocks: [{ ticker: 'A\u0000', quantity: 1 }] },
        'stocks[0].ticker',
      ],
      ['ESC in a name', { name: 'Ada\u001b[31m', address: 'x' }, 'name'],
      ['a tab in a (single-line) name', { name: 'Ada\tLovelace', address: 'x' }, 'name'],
      ['NUL in an unknown key', { name: 'Ada', address: 'x', 'k\u0000': 1 }, 'k?'],
    ])('%s → 400 naming the field', async (_title, body, field) => {
      const res = await http().post('/api/v1/customers').send(body);
      const problem = expectProblem(res, 400);
      expect(fields(problem)).toContain(field);
    });

    it('tab and line breaks are fine in an address', async () => {
      const res = await http()
        .post('/api/v1/customers')
        .send(customerBody({ address: '12 St James Square\r\nLondon\tSW1' }))
        .expect(201);
      expect(res.body.address).toBe('12 St James Square\r\nLondon\tSW1');
    });

    it('on updates, other routes and query strings too', async () => {
      const { id } = await newCustomer();
      const put = await http().put(`/api/v1/customers/${id}`).send({ name: 'x\u0000' });
      expect(fields(expectProblem(put, 400))).toEqual(['name']);
      const key = await http().post(`/api/v1/customers/${id}/api-keys`).send({ name: 'dash\u0000board' });
      expect(fields(expectProblem(key, 400))).toEqual(['name']);
      const trade = await http()
        .post(`/api/v1/customers/${id}/transactions`)
        .send({ ticker: 'AAPL', type: 'BUY\u0000', quantity: 1, trade_date: '2024-01-02', price: 1 });
      expect(fields(expectProblem(trade, 400))).toEqual(['type']);
      const jobs = await http().get('/api/v1/jobs?state=queued%00');
      expect(fields(expectProblem(jobs, 400))).toEqual(['state']);
    });
  });

  describe('lone surrogates in strings', () => {
    // JSON's "\ud800" escape decodes to half a surrogate pair: isEmail threw on it (500), and other
    // fields were stored with it replaced by U+FFFD.
    it.each([
      ['an email', { name: 'Ada', address: 'x', email: 'a\ud800@example.com' }, 'email'],
      ['a name', { name: 'Ada\udfff', address: 'x' }, 'name'],
      ['an address', { name: 'Ada', address: '\ud800' }, 'address'],
      [
        'a holding ticker',
        { name: 'Ada', address: 'x', stocks: [{ ticker: 'A\ud800', quantity: 1 }] },
        'stocks[0].ticker',
      ],
    ])('in %s → 400 naming the field', async (_title, body, field) => {
      const res = await http().post('/api/v1/customers').send(body);
      expect(fields(expectProblem(res, 400))).toEqual([field]);
    });

    it('on updates too, while a paired surrogate (an emoji) is fine', async () => {
      const { id } = await newCustomer();
      const put = await http().put(`/api/v1/customers/${id}`).send({ email: '\ud800' });
      expect(fields(expectProblem(put, 400))).toEqual(['email']);
      const ok = await http().put(`/api/v1/customers/${id}`).send({ name: 'Ada \u{1F600}' }).expect(200);
      expect(ok.body.name).toBe('Ada \u{1F600}');
    });
  });

  describe('bodies that are not UTF-8', () => {
    // Decoded leniently, the bad bytes became U+FFFD and the customer was stored as "Ada��".
    const raw = (body: unknown) => body as string; // supertest would JSON-encode a Buffer
    const withBadBytes = (before: string, after: string) =>
      Buffer.concat([Buffer.from(before), Buffer.from([0xc0, 0xaf, 0xff]), Buffer.from(after)]);

    it.each([
      ['/api/v1/customers', 'application/json', withBadBytes('{"name":"Ada', '","address":"x"}')],
      [
        '/api/v1/stocks/AAPL/prices',
        'text/csv',
        withBadBytes('date,open,high,low,close,volume\n2024-01-02,1', ',1,1,1,1'),
      ],
    ])('POST %s (%s) → 400 invalid-utf8', async (path, type, body) => {
      const res = await http().post(path).set('content-type', type).serialize(raw).send(body);
      const problem = expectProblem(res, 400);
      expect(problem.type).toBe('/problems/invalid-utf8');
      expect(problem.detail).toContain('not valid UTF-8');
    });

    it('a UTF-8 byte order mark and non-ASCII text are still fine', async () => {
      const res = await http()
        .post('/api/v1/customers')
        .set('content-type', 'application/json')
        .serialize(raw)
        .send(Buffer.from('\ufeff{"name":"Zoë Ångström","address":"x"}'))
        .expect(201);
      expect(res.body.name).toBe('Zoë Ångström');
    });
  });

  describe('null and blank values', () => {
    it.each([['name'], ['address']])('PUT {"%s": null} → 400 naming it', async (field) => {
      const { id } = await newCustomer();
      const res = await http()
        .put(`/api/v1/customers/${id}`)
        .send({ [field]: null });
      expect(fields(expectProblem(res, 400))).toEqual([field]);
    });

    it('PUT {"email": null} still clears the email', async () => {
      const { id } = await newCustomer();
      const res = await http().put(`/api/v1/customers/${id}`).send({ email: null }).expect(200);
      expect(res.body.email).toBeNull();
    });

    it.each([
      ['name', { name: '   ', address: 'x' }],
      ['name', { name: '\t\n', address: 'x' }],
      ['address', { name: 'Ada', address: ' \r\n ' }],
    ])('a whitespace-only %s → 400', async (field, body) => {
      const res = await http().post('/api/v1/customers').send(body);
      const problem = expectProblem(res, 400);
      expect(fields(problem)).toEqual([field]);
    });

    it.each([
      '/api/v1/stocks/populate',
      '/api/v1/stocks/populate/AAPL',
      '/api/v1/stocks/populate-fortune500',
    ])('a null body to %s → 400 (it used to queue every ticker)', async (path) => {
      const res = await http().post(path).set('Content-Type', 'application/json').send('null');
      expect(fields(expectProblem(res, 400))).toEqual(['body']);
    });

    it.each(['"text"', '42', '[]'])('a JSON body that is not an object (%s) → 400', async (body) => {
      const res = await http().post('/api/v1/customers').set('Content-Type', 'application/json').send(body);
      expect(fields(expectProblem(res, 400))).toEqual(['body']);
    });
  });

  describe('query integers are bounded', () => {
    it.each([
      ['/api/v1/customers?skip=9223372036854775807', 'skip'],
      ['/api/v1/customers?skip=1e20', 'skip'],
      ['/api/v1/customers?skip=2147483648', 'skip'],
      ['/api/v1/customers?skip=-1', 'skip'],
      ['/api/v1/customers?skip=0x10', 'skip'],
      ['/api/v1/customers?limit=1001', 'limit'],
      ['/api/v1/customers?limit=1.5', 'limit'],
      ['/api/v1/jobs?limit=201', 'limit'],
    ])('%s → 400 naming %s', async (path, field) => {
      const res = await http().get(path);
      const problem = expectProblem(res, 400);
      expect(fields(problem)).toEqual([field]);
      expect(problem.detail).toMatch(new RegExp(`${field} must be an integer from \\d+ to \\d+`));
    });

    it('the largest skip is accepted', async () => {
      const res = await http().get('/api/v1/customers?skip=2147483647&limit=1000').expect(200);
      expect(res.body).toEqual([]);
    });
  });

  describe('JSON depth', () => {
    const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

    it.each([
      ['arrays', nestedArrays(2000)],
      ['objects', nestedObjects(2000)],
      ['objects, just over the limit', nestedObjects(33)],
    ])('a body of nested %s → 400 json-too-deep', async (_title, body) => {
      const res = await http().post('/api/v1/customers').set('Content-Type', 'application/json').send(body);
      const problem = expectProblem(res, 400);
      expect(problem.type).toBe('/problems/json-too-deep');
      expect(problem.detail).toContain('32 levels');
    });

    it('32 levels parse (and fail ordinary validation); brackets inside strings do not count', async () => {
      const atLimit = await http()
        .post('/api/v1/customers')
        .set('Content-Type', 'application/json')
        .send(nestedObjects(32));
      expect(expectProblem(atLimit, 400).type).toBe('/problems/validation-error');
      await http()
        .post('/api/v1/customers')
        .send(customerBody({ name: '[[[['.repeat(50) }))
        .expect(201);
    });
  });

  describe("Fastify's own rejections are problems too", () => {
    it('malformed percent-encoding → 400 bad-url', async () => {
      const res = await http().get('/api/v1/stocks/%E0%A4%A');
      expect(expectProblem(res, 400).type).toBe('/problems/bad-url');
      expect(res.headers['x-request-id']).toBe(res.body.request_id);
    });

    it('a path parameter over 100 characters → 414', async () => {
      const res = await http().get(`/api/v1/stocks/${'A'.repeat(101)}`);
      expect(expectProblem(res, 414).detail).toContain('100 characters');
    });

    it('an unknown route → 404', async () => {
      const res = await http().get('/api/v1/no-such-thing');
      expectProblem(res, 404);
    });

    it.each([
      ['that is not a number', 'Content-Length: 1x\r\n'],
      ['given twice, differently', 'Content-Length: 2\r\nContent-Length: 3\r\n'],
      ['beside chunked framing', 'Content-Length: 2\r\nTransfer-Encoding: chunked\r\n'],
    ])('a Content-Length %s → 400 problem on the raw socket', async (_title, header) => {
      const answer = await rawRequest(
        `POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${header}\r\n{}`,
      );
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      expect(head).toMatch(/\r\nx-content-type-options: nosniff/i);
      expect(JSON.parse(body)).toMatchObject({ status: 400, type: '/problems/malformed-request' });
    });
  });

  describe("answers Node's HTTP server wrote itself", () => {
    // Each was an empty body without a content type or the security headers, or no answer at all.
    it.each([
      [
        'an HTTP/1.1 request without Host → 400 missing-host',
        'GET /api/v1/customers HTTP/1.1\r\nConnection: close\r\n\r\n',
        400,
        'missing-host',
      ],
      [
        'an Expect other than 100-continue → 417',
        'POST /api/v1/customers HTTP/1.1\r\nHost: x\r\nExpect: garbage\r\nContent-Type: application/json\r\n' +
          'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
        417,
        'expectation-failed',
      ],
      [
        'CONNECT (a tunnel request; the connection was closed without an answer) → 501',
        'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
        501,
        'not-implemented',
      ],
    ])('%s', async (_title, request, status, slug) => {
      const answer = await rawRequest(request);
      const [answerHead, body] = answer.split('\r\n\r\n');
      expect(answerHead).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      expect(answerHead).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      expect(answerHead).toMatch(/\r\nx-content-type-options: nosniff/i);
      expect(JSON.parse(body)).toMatchObject({
        status,
        type: `/problems/${slug}`,
        detail: expect.any(String),
      });
    });

    it('HTTP/1.0 needs no Host, and Expect: 100-continue still works', async () => {
      expect(await rawRequest('GET /health/live HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
      const answer = await rawRequest(
        'GET /health/live HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n',
      );
      expect(answer).toMatch(/ 200 OK\r\n/);
    });
  });

  describe('media types', () => {
    it.each([
      ['a form', 'application/x-www-form-urlencoded', 'name=Ada&address=x'],
      ['text/plain', 'text/plain', 'Ada'],
      ['text/csv', 'text/csv', 'name,address\nAda,x'],
    ])('%s body on a JSON route → 415 naming application/json', async (_title, type, body) => {
      const res = await http().post('/api/v1/customers').set('Content-Type', type).send(body);
      const problem = expectProblem(res, 415);
      expect(problem.detail).toContain(type);
      expect(problem.detail).toContain('accepts application/json');
    });

    it('the populate and update routes are JSON-only as well', async () => {
      const { id } = await newCustomer();
      const put = await http().put(`/api/v1/customers/${id}`).set('Content-Type', 'text/plain').send('x');
      expectProblem(put, 415);
      const populate = await http().post('/api/v1/stocks/populate').type('form').send('tickers=AAPL');
      expectProblem(populate, 415);
    });

    it('the price import takes CSV and JSON, and names both when refusing another type', async () => {
      const res = await http().post('/api/v1/stocks/AAPL/prices').set('Content-Type', 'text/plain').send('x');
      expect(expectProblem(res, 415).detail).toContain('text/csv or application/json');
      await http()
        .post('/api/v1/stocks/AAPL/prices')
        .set('Content-Type', 'text/csv')
        .send('date,open,high,low,close,volume\n2024-01-02,187.15,188.44,183.885,185.64,82488674\n')
        .expect(200);
    });

    it.each([
      ['gzip', gzipSync('{"name":"Ada","address":"x"}')],
      ['gzip (a plain body labelled so)', Buffer.from('{"name":"Ada","address":"x"}')],
      ['br', Buffer.from('{"name":"Ada","address":"x"}')],
      ['identity, deflate', Buffer.from('{"name":"Ada","address":"x"}')],
    ])('Content-Encoding %s → 415 with Accept-Encoding: identity', async (coding, body) => {
      const res = await http()
        .post('/api/v1/customers')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', coding.split(' (')[0])
        .serialize((raw: unknown) => raw as string)
        .send(body);
      expect(expectProblem(res, 415).detail).toMatch(/^Content-Encoding (gzip|br|deflate) is not supported/);
      expect(res.headers['accept-encoding']).toBe('identity');
    });

    it('Content-Encoding identity is a plain body', async () => {
      await http()
        .post('/api/v1/customers')
        .set('Content-Encoding', 'identity')
        .send(customerBody())
        .expect(201);
    });

    it('a POST without a body needs no content type', async () => {
      const res = await http().post('/api/v1/stocks/populate-fortune500');
      expect(res.status).not.toBe(415);
    });
  });

  describe('date ranges', () => {
    it.each([
      '/api/v1/stocks/populate',
      '/api/v1/stocks/populate/AAPL',
      '/api/v1/stocks/populate-fortune500',
    ])('%s: start_date after end_date, or before 1970 → 400 naming the field', async (path) => {
      const reversed = await http().post(path).send({ start_date: '2024-02-01', end_date: '2024-01-31' });
      const problem = expectProblem(reversed, 400);
      expect(fields(problem)).toEqual(['start_date']);
      expect(problem.detail).toContain('start_date must not be after end_date');
      const early = await http().post(path).send({ start_date: '1969-12-31' });
      expect(fields(expectProblem(early, 400))).toEqual(['start_date']);
      const earlyEnd = await http().post(path).send({ end_date: '1900-01-01' });
      expect(fields(expectProblem(earlyEnd, 400))).toEqual(['end_date']);
    });

    it.each([
      '/api/v1/stocks/populate',
      '/api/v1/stocks/populate/AAPL',
      '/api/v1/stocks/populate-fortune500',
    ])('%s: a start_date in the future → 400 naming it (a job with nothing to load)', async (path) => {
      for (const body of [
        { start_date: '2999-01-01' },
        { start_date: '2999-01-01', end_date: '2999-12-31' },
      ]) {
        const problem = expectProblem(await http().post(path).send(body), 400);
        expect(fields(problem)).toEqual(['start_date']);
        expect(problem.detail).toMatch(
          /^start_date 2999-01-01 is in the future \(today is \d{4}-\d\d-\d\d in New York\)$/,
        );
      }
    });

    it('a price import with a bar dated in the future → 400, nothing stored', async () => {
      // 9999-12-31 was stored; the next populate of the ticker then looped past year 9999 (a hang).
      for (const date of ['9999-12-31', '2999-01-02']) {
        const json = await http()
          .post('/api/v1/stocks/FUTR/prices')
          .send([{ date, open: 1, high: 1, low: 1, close: 1, volume: 1 }]);
        expect(expectProblem(json, 400).detail).toContain(`date ${date} is in the future`);
        const csv = await http()
          .post('/api/v1/stocks/FUTR/prices')
          .set('Content-Type', 'text/csv')
          .send(`date,open,high,low,close,volume\n2024-01-02,1,1,1,1,1\n${date},1,1,1,1,1`);
        expect(fields(expectProblem(csv, 400))).toEqual(['date']);
      }
      await http().get('/api/v1/stocks/FUTR').expect(404);
    });

    it('prices: start_date after end_date → 400', async () => {
      const res = await http().get('/api/v1/stocks/AAPL/prices?start_date=2024-02-01&end_date=2024-01-31');
      expect(fields(expectProblem(res, 400))).toEqual(['start_date']);
    });
  });

  describe('JSON numbers JavaScript prints with an exponent', () => {
    // 1e-7 was read as the text "1e-7": refused as "open must be a number greater than 0".
    it('the imports take 1e-7 as 0.0000001, as the DTO routes do', async () => {
      await http()
        .post('/api/v1/stocks/EXPO/prices')
        .send([{ date: '2024-01-02', open: 1e-7, high: 1e-7, low: 1e-7, close: 1e-7, volume: 1 }])
        .expect(200);
      const bars = await http().get('/api/v1/stocks/EXPO/prices').expect(200);
      expect(bars.body[0]).toMatchObject({ date: '2024-01-02', close: 1e-7 });
      const splits = await http()
        .post('/api/v1/stocks/EXPO/splits')
        .send([{ execution_date: '2024-01-03', split_from: 1, split_to: 5e-7 }])
        .expect(200);
      expect(splits.body.splits).toEqual([
        { execution_date: '2024-01-03', split_from: '1', split_to: '0.0000005' },
      ]);
    });
  });

  describe('conflicts name the field, never the value', () => {
    it('a duplicate email → 409 without the email', async () => {
      const { email } = await newCustomer();
      const res = await http().post('/api/v1/customers').send(customerBody({ email }));
      const problem = expectProblem(res, 409);
      expect(problem.detail).toContain('email');
      expect(JSON.stringify(problem)).not.toContain(email);
    });
  });
});
