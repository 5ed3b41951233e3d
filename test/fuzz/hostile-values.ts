import fc from 'fast-check';

/**
 * Every generated free-text string starts with this marker, so that the captured logs can be searched for
 * the values the fuzzer sent (they must never appear there).
 */
export const MARKER = 'Fzq7';

/** Lets a failing case shrink from a hostile branch to an earlier (benign) one, for minimal reproductions. */
export const SHRINK_ACROSS: fc.OneOfConstraints = { withCrossShrink: true };

/** Characters after the marker that make one value distinct (base 36, unbiased: no two values alike). */
export const MARK_LENGTH = 6;

/** A marked string: the marker, then 6 random base-36 characters, then sometimes a few letters more. */
export const markedString = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.noBias(fc.integer({ min: 36 ** (MARK_LENGTH - 1), max: 36 ** MARK_LENGTH - 1 })),
      fc.constantFrom('', 'abc', ' name'),
    )
    .map(([id, tail]) => `${MARKER}${id.toString(36)}${tail}`);

/** Text safe to put in a URL even when it holds lone surrogates (encodeURIComponent throws on those). */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

/** Suffixes that break things downstream of a string: NUL, control characters, RTL, emoji, injections. */
const NASTY_SUFFIXES = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001f\u007f',
  '\r\nX-Injected: 1',
  '\u202eRTL\u202c',
  '😀👩‍👩‍👧',
  '\ud800',
  '\ufeff',
  "' OR '1'='1' --",
  "'; DROP TABLE customers; --",
  '"); SELECT pg_sleep(10); --',
  '{"$ne":null}',
  '__proto__',
  '../../etc/passwd',
  '%s%n%x',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '\\',
  '"',
  ' ',
];

/** Free text that is hostile: marked, then a nasty suffix, or very long. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    SHRINK_ACROSS,
    {
      weight: 3,
      arbitrary: fc
        .tuple(markedString(), fc.constantFrom(...NASTY_SUFFIXES))
        .map(([head, tail]) => head + tail),
    },
    // NUL gets its own share: Postgres text cannot hold it, so every layer must refuse it first.
    { weight: 1, arbitrary: markedString().map((head) => `${head}\u0000`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(markedString(), fc.constantFrom(256, 501, 1_001, 10_000))
        .map(([head, length]) => head.padEnd(length, 'x')),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(markedString(), fc.string({ unit: 'binary', maxLength: 20 }))
        .map(([head, tail]) => head + tail),
    },
  );

/** Numbers (and number-like strings) at and beyond every edge. */
export const HOSTILE_NUMBERS: unknown[] = [
  0,
  -0,
  -1,
  1e-12,
  0.000000001,
  0.123456789,
  1.000000001,
  12.3456789012,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  2 ** 63,
  1e21,
  '1e400',
  '-1e400',
  '9223372036854775808',
  '99999999999999999999999999999999999999.99999999',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  ' 5 ',
  '5abc',
  '',
  '-0',
  '1e-12',
  '0.000000001',
  '1.0000000000000000000001',
];

/** Dates that do not exist, are malformed, or sit at the far edges of the calendar. */
export const HOSTILE_DATES = [
  '2023-02-30',
  '2023-02-29',
  '2024-02-30',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-01-32',
  '2024-1-1',
  '20240101',
  '2024-01-01T00:00:00Z',
  '2024-01-01 ',
  '0000-01-01',
  '0001-01-01',
  '1969-12-31',
  '1900-01-01',
  '9999-12-31',
  '10000-01-01',
  '+275760-09-13',
  '-000001-01-01',
  'yesterday',
  '',
];

/** Dates the application should accept as dates but that are far from every price (kept to one century). */
export const EXTREME_BUT_NARROW_DATES = [
  '1969-12-31',
  '1970-01-01',
  '1999-12-31',
  '2000-02-29',
  '2024-02-29',
];

/** Far-away dates that make date windows centuries wide (FUZZ_WIDE_WINDOWS=1 only, for returns routes). */
export const WIDE_WINDOW_DATES = ['0000-01-01', '0001-01-01', '1900-01-01', '9999-12-31', '2999-12-31'];

/** Any JSON value of the wrong kind, for a field whose schema says otherwise. */
export const hostileJsonValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    SHRINK_ACROSS,
    fc.constantFrom<unknown>(null, true, false, [], {}, [null], { a: 1 }, ['x', 1]),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(...HOSTILE_DATES),
    hostileText(),
    hostileText().map((text) => [text]),
    hostileText().map((text) => ({ [text]: text })),
  );

/** Path segments that break URL decoding or routing; sent raw (not encoded again). */
export const HOSTILE_PATH_SEGMENTS = [
  '%',
  '%25',
  '%ZZ',
  '%2',
  '%00',
  '%2F',
  // Encoded only: inject() (like curl without --path-as-is) resolves a bare . or .. before the app sees it.
  // A lone %2e is resolved too (WHATWG URL treats it as "."), so /jobs/%2e is the list route: not sent.
  '%2e%2e',
  '%C0%AF',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '%FF',
  '%uD800',
  'a%20b',
  '+',
  ';',
  '*',
  'A'.repeat(101),
  'A'.repeat(200),
  '0'.repeat(2_000),
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '00000000-0000-4000-8000-00000000000',
  '1',
  '-1',
  '1e308',
  'null',
  'undefined',
  'constructor',
  '__proto__',
];

/** Whole bodies that are not valid JSON, or JSON of a shape nobody asked for. */
export const MALFORMED_JSON_BODIES = [
  '',
  ' ',
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '[',
  'nul',
  'null',
  'true',
  '0',
  '-0',
  '1e400',
  '"string"',
  '[]',
  '[{}]',
  '{}',
  'NaN',
  '\u0000',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '\ufeff{}',
  '{"a":1e999999}',
];

/** A JSON document nested `depth` levels deep. */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
