import { followableNextUrl } from './next-url-policy.js';

const base = new URL('https://api.massive.com');
const cursor = '/v2/aggs/ticker/AAPL/range/1/day/1578114000000/2020-01-10?cursor=bGltaXQ9MiZzb3J0PWFzYw';

describe('followableNextUrl', () => {
  it('sends a Polygon-host next_url to the configured base, unchanged otherwise', () => {
    expect(followableNextUrl(`https://api.polygon.io${cursor}`, base, 'r')).toBe(
      `https://api.massive.com${cursor}`,
    );
    expect(followableNextUrl(`https://api.massive.com:443${cursor}`, base, 'r')).toBe(
      `https://api.massive.com${cursor}`,
    );
  });

  it('keeps a base path prefix (e.g. an egress proxy)', () => {
    const proxied = new URL('http://127.0.0.1:8080/polygon/');
    expect(followableNextUrl(`http://127.0.0.1:8080${cursor}`, proxied, null)).toBe(
      `http://127.0.0.1:8080/polygon${cursor}`,
    );
  });

  it.each([
    ['a foreign host', `https://evil.example${cursor}`, 'foreign host'],
    ['a Polygon host on another port', `https://api.polygon.io:8443${cursor}`, 'foreign host'],
    ['a look-alike host', `https://api.polygon.io.evil.example${cursor}`, 'foreign host'],
    ['the ":443:443" double port', `https://api.polygon.io:443:443${cursor}`, 'not a URL'],
    ['a relative URL', cursor, 'not a URL'],
  ])('refuses %s', (_name, nextUrl, why) => {
    expect(() => followableNextUrl(nextUrl, base, 'req-1')).toThrow(
      expect.objectContaining({
        kind: 'malformed',
        retryable: false,
        requestId: 'req-1',
        message: expect.stringContaining(why),
      }),
    );
  });
});
