import { createTestApp, TestApp } from '../support/test-app.js';

const ADMIN = 'admin-key-0123456789abcdef';
const READ = 'read-key-0123456789abcdef';
/** A fixed clock 30 s into a minute: the rate-limit window never rolls over during the test. */
const clock = { now: () => new Date('2030-01-01T00:00:30.000Z') };

describe('rate limits (e2e): fixed window per key, else per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        API_KEYS: `admin:${ADMIN},read:${READ}`,
        RATE_LIMIT_PER_MINUTE: '3',
        METRICS_TOKEN: 'metrics-token-0123456789',
      },
      clock,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('each key gets RATE_LIMIT_PER_MINUTE requests, then a 429 problem with Retry-After', async () => {
    for (let remaining = 2; remaining >= 0; remaining--) {
      const res = await t.http().get('/api/v1/customers').set('Authorization', `Bearer ${ADMIN}`).expect(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      expect(res.headers['ratelimit-remaining']).toBe(String(remaining));
      expect(res.headers['ratelimit-reset']).toBe('30');
    }
    const res = await t.http().get('/api/v1/customers').set('Authorization', `Bearer ${ADMIN}`).expect(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.body).toMatchObject({
      type: '/problems/rate-limited',
      status: 429,
      title: 'Too many requests',
    });
    // Over its budget, a caller's body is not even read: a malformed one is a 429 too, not a 400.
    await t
      .http()
      .post('/api/v1/customers')
      .set('Authorization', `Bearer ${ADMIN}`)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(429);
    // Another key has its own budget.
    await t.http().get('/api/v1/customers').set('Authorization', `Bearer ${READ}`).expect(200);
  });

  it('anonymous callers share a budget per IP (401s count too); health, metrics and the API docs are exempt', async () => {
    await t.http().get('/').expect(200);
    await t.http().get('/api/v1/customers').expect(401);
    await t.http().get('/').expect(200);
    const res = await t.http().get('/').expect(429);
    expect(res.headers['retry-after']).toBe('30');
    await t.http().get('/api/v1/customers').expect(429);
    for (let i = 0; i < 5; i++) {
      await t.http().get('/openapi.json').expect(200);
      await t.http().get('/docs').expect(200);
      await t.http().get('/health/live').expect(200);
      await t.http().get('/metrics').set('Authorization', 'Bearer metrics-token-0123456789').expect(200);
    }
    // A valid key is counted on its own budget, not the IP's.
    await t.http().get('/api/v1/customers').set('Authorization', `Bearer ${READ}`).expect(200);
  });
});

describe('RATE_LIMIT_PER_MINUTE=0 (e2e)', () => {
  it('disables rate limiting', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' }, clock });
    try {
      for (let i = 0; i < 20; i++) {
        const res = await t.http().get('/').expect(200);
        expect(res.headers['ratelimit-limit']).toBeUndefined();
      }
    } finally {
      await t.close();
    }
  });
});

describe('security headers and CORS (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { ALLOWED_ORIGINS: 'https://app.example.com, https://admin.example.com' },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['/', '/api/v1/customers', '/no/such/route', '/docs', '/openapi.json'])(
    'helmet headers on %s',
    async (path) => {
      const res = await t.http().get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('an allowed origin gets CORS headers, exposed headers included', async () => {
    const res = await t.http().get('/api/v1/customers').set('Origin', 'https://app.example.com').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-expose-headers']).toContain('X-Total-Count');
    expect(res.headers['access-control-expose-headers']).toContain('X-Request-Id');
  });

  it('a preflight from an allowed origin is answered', async () => {
    const res = await t
      .http()
      .options('/api/v1/customers')
      .set('Origin', 'https://admin.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://admin.example.com');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/Authorization/i);
  });

  it('with API_KEYS set, a preflight (which never carries the key) is still answered, uncounted', async () => {
    const keyed = await createTestApp({
      env: { ALLOWED_ORIGINS: 'https://app.example.com', API_KEYS: 'admin:admin-key-0123456789abcdef' },
    });
    try {
      const res = await keyed
        .http()
        .options('/api/v1/customers')
        .set('Origin', 'https://app.example.com')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    } finally {
      await keyed.close();
    }
  });

  it('another origin gets no CORS headers', async () => {
    const res = await t.http().get('/api/v1/customers').set('Origin', 'https://evil.example.net').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('without ALLOWED_ORIGINS there are no CORS headers at all', async () => {
    const open = await createTestApp();
    try {
      const res = await open
        .http()
        .get('/api/v1/customers')
        .set('Origin', 'https://app.example.com')
        .expect(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await open
        .http()
        .options('/api/v1/customers')
        .set('Origin', 'https://app.example.com')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});
