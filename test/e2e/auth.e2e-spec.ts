import { createHash } from 'node:crypto';
import { customerBody } from '../factories/customer.factory.js';
import { createTestApp, TestApp } from '../support/test-app.js';

const PROBLEM = /application\/problem\+json/;
const ADMIN = 'admin-key-0123456789abcdef';
const READ = 'read-key-0123456789abcdef';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('API keys and scopes (e2e, API_KEYS set)', () => {
  let t: TestApp;
  const as = (key: string) => ({ Authorization: `Bearer ${key}` });

  beforeAll(async () => {
    t = await createTestApp({ env: { API_KEYS: `admin:${ADMIN},read:${READ}`, RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const newCustomer = async (): Promise<string> =>
    (await t.http().post('/api/v1/customers').set(as(ADMIN)).send(customerBody()).expect(201)).body.id;

  describe('401 without a valid key', () => {
    it.each([
      ['no Authorization header', undefined, 'Bearer realm="portfolio-returns"'],
      [
        'a non-Bearer scheme',
        `Basic ${Buffer.from(`x:${ADMIN}`).toString('base64')}`,
        'Bearer realm="portfolio-returns"',
      ],
      [
        'an unknown key',
        'Bearer not-a-configured-key-000',
        'Bearer realm="portfolio-returns", error="invalid_token"',
      ],
      [
        'an unknown customer key',
        `Bearer pr_${'A'.repeat(43)}`,
        'Bearer realm="portfolio-returns", error="invalid_token"',
      ],
      [
        'a prefix of a real key',
        `Bearer ${ADMIN.slice(0, -1)}`,
        'Bearer realm="portfolio-returns", error="invalid_token"',
      ],
    ])('%s → 401 problem with WWW-Authenticate', async (_title, header, challenge) => {
      for (const [method, path] of [
        ['get', '/api/v1/customers'],
        ['post', '/api/v1/customers'],
        ['get', `/api/v1/customers/${UNKNOWN_ID}/transactions`],
      ] as const) {
        const req = t.http()[method](path);
        if (header) req.set('Authorization', header);
        const res = await req.expect(401);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.headers['www-authenticate']).toBe(challenge);
        expect(res.body).toMatchObject({ type: '/problems/unauthorized', status: 401, instance: path });
      }
    });

    it('checks the key before validating input (no 400 or 404 leaks to anonymous callers)', async () => {
      await t.http().get('/api/v1/customers/not-a-uuid').expect(401);
      await t.http().post('/api/v1/customers').send({}).expect(401);
    });

    it('checks the key before the body is read: an anonymous body is never parsed', async () => {
      const post = () => t.http().post('/api/v1/customers');
      // Each of these was a 400, 413 or 415 from parsing a body nobody had authenticated.
      await post().set('Content-Type', 'application/json').send('{"name": ').expect(401);
      await post()
        .set('Content-Type', 'application/json')
        .send(Buffer.from([0x7b, 0xff, 0x7d]))
        .expect(401);
      await post()
        .set('Content-Type', 'application/json')
        .send(`{"name": "${'x'.repeat(1024 * 1024)}"}`)
        .expect(401);
      await post().set('Content-Type', 'text/plain').send('hello').expect(401);
      // With a key, the same bodies are judged as before.
      await post().set(as(ADMIN)).set('Content-Type', 'application/json').send('{"name": ').expect(400);
      await post().set(as(ADMIN)).set('Content-Type', 'text/plain').send('hello').expect(415);
    });

    it('an unknown route is still a 404, key or not', async () => {
      await t.http().get('/api/v1/no-such-route').expect(404);
      await t.http().get('/api/v1/no-such-route').set(as(ADMIN)).expect(404);
    });
  });

  it('/, /health, /docs and /openapi.json stay public', async () => {
    await t.http().get('/').expect(200);
    await t.http().get('/health/live').expect(200);
    await t.http().get('/openapi.json').expect(200);
    await t.http().get('/docs').expect(200);
  });

  it('admin scope: every operation', async () => {
    const id = await newCustomer();
    await t.http().get(`/api/v1/customers/${id}`).set(as(ADMIN)).expect(200);
    await t.http().put(`/api/v1/customers/${id}`).set(as(ADMIN)).send({ name: 'Renamed' }).expect(200);
    await t.http().delete(`/api/v1/customers/${id}`).set(as(ADMIN)).expect(204);
  });

  it('read scope: GET and HEAD only → 403 problem for writes', async () => {
    const id = await newCustomer();
    await t.http().get('/api/v1/customers').set(as(READ)).expect(200);
    await t.http().get(`/api/v1/customers/${id}`).set(as(READ)).expect(200);
    await t.http().head(`/api/v1/customers/${id}`).set(as(READ)).expect(200);
    for (const req of [
      t.http().post('/api/v1/customers').send(customerBody()),
      t.http().put(`/api/v1/customers/${id}`).send({ name: 'x' }),
      t.http().delete(`/api/v1/customers/${id}`),
      t.http().post(`/api/v1/customers/${id}/api-keys`).send({}),
    ]) {
      const res = await req.set(as(READ)).expect(403);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ type: '/problems/forbidden', status: 403 });
    }
    await t.http().get(`/api/v1/customers/${id}`).set(as(READ)).expect(200);
  });

  describe('customer keys', () => {
    let own: string;
    let other: string;
    let key: { id: string; key: string; prefix: string };

    beforeAll(async () => {
      own = await newCustomer();
      other = await newCustomer();
      const res = await t
        .http()
        .post(`/api/v1/customers/${own}/api-keys`)
        .set(as(ADMIN))
        .send({ name: 'dashboard' })
        .expect(201);
      key = res.body;
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        customer_id: own,
        name: 'dashboard',
        prefix: res.body.key.slice(0, 12),
        scope: 'read:own-customer',
        key: expect.stringMatching(/^pr_[A-Za-z0-9_-]{43}$/),
        created_at: expect.any(String),
        revoked_at: null,
      });
    });

    it('stores only the SHA-256 hash and the lookup prefix, never the secret', async () => {
      const rows = await t.sql.query('SELECT * FROM api_keys WHERE id = $1', [key.id]);
      expect(rows.rows).toHaveLength(1);
      const row = rows.rows[0];
      expect(row.secret_hash).toBe(createHash('sha256').update(key.key).digest('hex'));
      expect(row.prefix).toBe(key.prefix);
      expect(JSON.stringify(row)).not.toContain(key.key);
    });

    it('reads its own customer: the customer and its transactions', async () => {
      const res = await t.http().get(`/api/v1/customers/${own}`).set(as(key.key)).expect(200);
      expect(res.body.id).toBe(own);
      await t.http().get(`/api/v1/customers/${own}/transactions`).set(as(key.key)).expect(200);
      await t.http().get(`/api/v1/customers/${own.toUpperCase()}`).set(as(key.key)).expect(200);
    });

    it("another customer's id → 404, as if it did not exist", async () => {
      for (const path of [`/api/v1/customers/${other}`, `/api/v1/customers/${other}/transactions`]) {
        const res = await t.http().get(path).set(as(key.key)).expect(404);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body).toMatchObject({
          type: '/problems/not-found',
          detail: `Customer ${other} not found`,
        });
      }
      await t.http().get(`/api/v1/customers/${UNKNOWN_ID}`).set(as(key.key)).expect(404);
    });

    it("reads its own portfolio returns and performance, not another customer's (matched on :customer_id)", async () => {
      for (const route of ['returns', 'performance']) {
        const mine = await t.http().get(`/api/v1/portfolio/${own}/${route}`).set(as(key.key));
        expect([401, 403, 404]).not.toContain(mine.status);
        const theirs = await t.http().get(`/api/v1/portfolio/${other}/${route}`).set(as(key.key)).expect(404);
        expect(theirs.body.detail).toBe(`Customer ${other} not found`);
        const admin = await t.http().get(`/api/v1/portfolio/${other}/${route}`).set(as(ADMIN));
        expect(admin.status).toBe(mine.status);
      }
    });

    it('anything else → 403: listing, writing, managing keys', async () => {
      for (const req of [
        t.http().get('/api/v1/customers'),
        t.http().put(`/api/v1/customers/${own}`).send({ name: 'x' }),
        t.http().delete(`/api/v1/customers/${own}`),
        t.http().post(`/api/v1/customers/${own}/transactions`).send({}),
        t.http().get(`/api/v1/customers/${own}/api-keys`),
        t.http().post(`/api/v1/customers/${own}/api-keys`).send({}),
      ]) {
        const res = await req.set(as(key.key)).expect(403);
        expect(res.body).toMatchObject({ type: '/problems/forbidden', status: 403 });
      }
    });

    it('lists key metadata (admin only), without secrets', async () => {
      const res = await t.http().get(`/api/v1/customers/${own}/api-keys`).set(as(ADMIN)).expect(200);
      expect(res.body).toEqual([
        {
          id: key.id,
          customer_id: own,
          name: 'dashboard',
          prefix: key.prefix,
          scope: 'read:own-customer',
          created_at: expect.any(String),
          revoked_at: null,
        },
      ]);
      await t.http().get(`/api/v1/customers/${own}/api-keys`).set(as(READ)).expect(403);
      expect(
        (await t.http().get(`/api/v1/customers/${other}/api-keys`).set(as(ADMIN)).expect(200)).body,
      ).toEqual([]);
    });

    it('404 for an unknown customer or key; 400 for a bad name', async () => {
      await t.http().post(`/api/v1/customers/${UNKNOWN_ID}/api-keys`).set(as(ADMIN)).send({}).expect(404);
      await t.http().get(`/api/v1/customers/${UNKNOWN_ID}/api-keys`).set(as(ADMIN)).expect(404);
      await t.http().delete(`/api/v1/customers/${own}/api-keys/${UNKNOWN_ID}`).set(as(ADMIN)).expect(404);
      const res = await t
        .http()
        .post(`/api/v1/customers/${own}/api-keys`)
        .set(as(ADMIN))
        .send({ name: '' })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    });

    it('revocation stops the key at once (idempotent), and other keys keep working', async () => {
      const second = (
        await t.http().post(`/api/v1/customers/${own}/api-keys`).set(as(ADMIN)).send({}).expect(201)
      ).body;
      expect(second.name).toBeNull();
      await t.http().get(`/api/v1/customers/${own}`).set(as(second.key)).expect(200);
      await t.http().delete(`/api/v1/customers/${own}/api-keys/${second.id}`).set(as(READ)).expect(403);
      await t.http().delete(`/api/v1/customers/${other}/api-keys/${second.id}`).set(as(ADMIN)).expect(404);
      await t.http().delete(`/api/v1/customers/${own}/api-keys/${second.id}`).set(as(ADMIN)).expect(204);
      await t.http().delete(`/api/v1/customers/${own}/api-keys/${second.id}`).set(as(ADMIN)).expect(204);
      const res = await t.http().get(`/api/v1/customers/${own}`).set(as(second.key)).expect(401);
      expect(res.headers['www-authenticate']).toContain('invalid_token');
      await t.http().get(`/api/v1/customers/${own}`).set(as(key.key)).expect(200);
      const listed = (await t.http().get(`/api/v1/customers/${own}/api-keys`).set(as(ADMIN)).expect(200))
        .body;
      expect(listed.find((k: { id: string }) => k.id === second.id).revoked_at).toEqual(expect.any(String));
    });

    it('deleting the customer deletes its keys', async () => {
      const gone = await newCustomer();
      const { key: secret } = (
        await t.http().post(`/api/v1/customers/${gone}/api-keys`).set(as(ADMIN)).send({}).expect(201)
      ).body;
      await t.http().delete(`/api/v1/customers/${gone}`).set(as(ADMIN)).expect(204);
      await t.http().get(`/api/v1/customers/${gone}`).set(as(secret)).expect(401);
      const rows = await t.sql.query('SELECT count(*)::int AS n FROM api_keys WHERE customer_id = $1', [
        gone,
      ]);
      expect(rows.rows[0].n).toBe(0);
    });
  });
});

describe('without API_KEYS (development, test)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the API is open: no key needed, any key ignored', async () => {
    const id = (await t.http().post('/api/v1/customers').send(customerBody()).expect(201)).body.id;
    await t.http().get(`/api/v1/customers/${id}`).expect(200);
    await t.http().get(`/api/v1/customers/${id}`).set('Authorization', 'Bearer whatever').expect(200);
    const key = (await t.http().post(`/api/v1/customers/${id}/api-keys`).send({}).expect(201)).body;
    expect(key.key).toMatch(/^pr_/);
  });
});
