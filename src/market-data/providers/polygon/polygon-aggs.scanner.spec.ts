import { mulberry32 } from '../../../../test/support/seeded-random.js';
import {
  parsePolygonAggs,
  parsePolygonAggsGeneric,
  parsePolygonGroupedDaily,
  parsePolygonGroupedDailyGeneric,
} from './polygon-aggs.parser.js';
import { decodeBarTsv } from '../../bar-tsv.js';
import { packClosesOf } from '../../packed-closes.js';
import { scanPolygonAggs, scanPolygonAggsTsv } from './polygon-aggs.scanner.js';

const T = 1673326800000; // 2023-01-10 00:00 ET
const bar = (fields = ''): string =>
  `{"v":7.0661926525697e+07,"vw":129.822,"o":130.26,"c":130.73,"h":131.2636,"l":128.12,"t":${T},"n":554940${fields}}`;
const body = (results: string, head = '"ticker":"AAPL",'): string =>
  `{${head}"queryCount":2,"resultsCount":2,"adjusted":true,"results":[${results}],"status":"OK","request_id":"r1","count":2}`;

/** The generic parser's answer: its page, or the error's kind and message. */
function generic(text: string, grouped = false): unknown {
  try {
    return grouped ? parsePolygonGroupedDailyGeneric(text) : parsePolygonAggsGeneric(text);
  } catch (error) {
    return { error: (error as { kind?: string }).kind ?? 'thrown', message: (error as Error).message };
  }
}

/**
 * The text rows scanned from the bytes hold exactly the bars the object scanner read (and the same
 * envelope), with their packed closes, span and order; both or neither take the fast path.
 */
function expectTsvSameAsObjects(text: string): void {
  const objects = scanPolygonAggs(text, false);
  const scanned = scanPolygonAggsTsv(Buffer.from(text, 'utf8'));
  expect(scanned === null).toBe(objects === null);
  if (!scanned || !objects) return;
  const { bars: tsv, ...envelope } = scanned;
  const { bars, ...expectedEnvelope } = objects;
  expect(envelope).toEqual(expectedEnvelope);
  expect(decodeBarTsv(tsv)).toEqual(bars);
  const dates = bars.map((bar) => bar.date);
  const ascending = dates.every((date, i) => i === 0 || date > dates[i - 1]);
  expect(tsv).toMatchObject({
    count: bars.length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    ascending,
    packed: packClosesOf(bars),
  });
}

/** The scanner must answer exactly as the generic parser, or leave the body to it. */
function expectSameAsGeneric(text: string, grouped = false): boolean {
  if (!grouped) expectTsvSameAsObjects(text);
  const scanned = scanPolygonAggs(text, grouped);
  if (scanned === null) return false;
  const expected = generic(text, grouped);
  const page = grouped
    ? { adjusted: scanned.adjusted, status: scanned.status, requestId: scanned.requestId, bars: scanned.bars }
    : scanned;
  expect(page).toEqual(expected);
  return true;
}

describe('scanPolygonAggs', () => {
  it('reads the usual body on the fast path, digit for digit', () => {
    const text = body(`${bar()},${bar().replace(`"t":${T}`, `"t":${T + 86_400_000}`)}`);
    expect(expectSameAsGeneric(text)).toBe(true);
    expect(scanPolygonAggs(text, false)?.bars[0]).toEqual({
      date: '2023-01-10',
      open: '130.26',
      high: '131.2636',
      low: '128.12',
      close: '130.73',
      volume: '70661926.525697',
      vwap: '129.822',
      trades: 554940,
    });
  });

  it.each([
    ['exponent volumes', bar().replace('7.0661926525697e+07', '6.3896155E+07')],
    ['volumes shifted past their fraction', bar().replace('7.0661926525697e+07', '1.50e+5')],
    ['a volume shifted by its fraction exactly', bar().replace('7.0661926525697e+07', '6.3896155e7')],
    ['a volume shifted less than its fraction', bar().replace('7.0661926525697e+07', '6.3896155e+3')],
    ['a volume of 0 whole', bar().replace('7.0661926525697e+07', '0.5e+01')],
    ['a volume shifted 31 places', bar().replace('7.0661926525697e+07', '1.5e+31')],
    ['a volume of 270 digits shifted', bar().replace('7.0661926525697e+07', `${'9'.repeat(270)}.5e+1`)],
    ['a volume of 275 digits shifted', bar().replace('7.0661926525697e+07', `${'9'.repeat(275)}.5e+1`)],
    ['a t of 16 digits', bar().replace(`"t":${T}`, '"t":1673326800000000')],
    ['a trades count of 0', bar().replace('"n":554940', '"n":0')],
    ['a negative exponent', bar().replace('"o":130.26', '"o":1.5e-3')],
    ['trailing fractional zeros', bar().replace('"c":130.73', '"c":130.7300')],
    ['a negative zero', bar().replace('"l":128.12', '"l":-0.0')],
    ['an integer t in exponent form', bar().replace(`"t":${T}`, '"t":1.6733268e12')],
    ['300 integer digits', bar().replace('"h":131.2636', `"h":${'9'.repeat(300)}.5`)],
    ['a long fraction', bar().replace('"h":131.2636', `"h":0.${'1234567890'.repeat(8)}`)],
    ['vw and n null', bar().replace('"vw":129.822', '"vw":null').replace('"n":554940', '"n":null')],
    ['vw and n absent', bar().replace('"vw":129.822,', '').replace(',"n":554940', '')],
    ['unknown primitive keys', bar(',"otc":true,"x":"y","z":null,"w":-1.5e3')],
    ['a non-ASCII ticker', bar()],
  ])('keeps exact digits with %s', (name, oneBar) => {
    const text = name === 'a non-ASCII ticker' ? body(oneBar, '"ticker":"ÄPPL😀",') : body(oneBar);
    expect(expectSameAsGeneric(text)).toBe(true);
  });

  it('leaves a volume shifted beyond a double to the generic parser', () => {
    const text = body(bar().replace('7.0661926525697e+07', `${'9'.repeat(309)}.5e+1`));
    expect(scanPolygonAggs(text, false)).toBeNull();
    expect(generic(text)).toMatchObject({ error: 'malformed' });
  });

  it('writes text rows that keep nulls, digits and the order of the body', () => {
    const second = bar()
      .replace(`"t":${T}`, `"t":${T - 86_400_000}`)
      .replace('"vw":129.822', '"vw":null');
    const scanned = scanPolygonAggsTsv(Buffer.from(body(`${bar()},${second.replace(',"n":554940', '')}`)));
    expect(scanned?.bars.rows.toString('latin1')).toBe(
      '2023-01-10\t130.26\t131.2636\t128.12\t130.73\t70661926.525697\t129.822\t554940\n' +
        '2023-01-09\t130.26\t131.2636\t128.12\t130.73\t70661926.525697\t\\N\t\\N\n',
    );
    // out of order: not ascending, so nothing to pack (the provider then merges objects by date)
    expect(scanned?.bars).toMatchObject({ count: 2, ascending: false, packed: null });
    expect(expectSameAsGeneric(body(`${bar()},${second}`))).toBe(true);
  });

  it('packs closes only when PostgreSQL would print them back unchanged', () => {
    const next = (close: string) =>
      bar()
        .replace(`"t":${T}`, `"t":${T + 86_400_000}`)
        .replace('"c":130.73', `"c":${close}`);
    const packed = (close: string) =>
      scanPolygonAggsTsv(Buffer.from(body(`${bar()},${next(close)}`)))?.bars.packed ?? null;
    expect(packed('131.5')).toEqual({ dates: '2023-01-10,2023-01-11', closes: '130.73,131.5' });
    expect(packed('131.50')).toEqual({ dates: '2023-01-10,2023-01-11', closes: '130.73,131.5' });
    expect(packed('-1.5')).toBeNull();
    expect(packed('1.315e2')).toEqual({ dates: '2023-01-10,2023-01-11', closes: '130.73,131.5' });
    for (const close of ['131.5', '131.50', '-1.5', '1.315e2', '0', '-0.0', '0.001'])
      expectTsvSameAsObjects(body(`${bar()},${next(close)}`));
  });

  it('reads pretty-printed bodies and empty results', () => {
    const pretty = JSON.stringify(JSON.parse(body(bar())), null, 2).replace(
      '70661926.525697',
      '7.0661926525697e+07',
    );
    expect(expectSameAsGeneric(pretty)).toBe(true);
    expect(expectSameAsGeneric(body(''))).toBe(true);
    expect(expectSameAsGeneric('{"adjusted":false,"results":null,"status":"DELAYED"}')).toBe(true);
    expect(expectSameAsGeneric('{"adjusted":true,"status":"OK","next_url":""}')).toBe(true);
  });

  it('reads grouped bars with their tickers', () => {
    const grouped = `{"adjusted":true,"results":[${bar().replace('{', '{"T":"AAPL",')},${bar().replace('{', '{"T":"MSFT",')}],"status":"OK","request_id":"g"}`;
    expect(expectSameAsGeneric(grouped, true)).toBe(true);
    expect(parsePolygonGroupedDaily(grouped).bars.map((b) => b.ticker)).toEqual(['AAPL', 'MSFT']);
  });

  it.each([
    ['a unicode escape in the ticker', body(bar(), '"ticker":"\\u0041APL",')],
    ['an escaped quote in request_id', body(bar()).replace('"r1"', '"r\\"1"')],
    ['a duplicate key (the last one wins in JSON.parse)', body(bar(',"c":1'))],
    ['a nested unknown value', body(bar(',"x":{"y":[1]}'))],
    ['an exponent beyond any double', body(bar().replace('"o":130.26', '"o":1e999'))],
    ['a plain number beyond any double', body(bar().replace('"o":130.26', `"o":${'9'.repeat(400)}`))],
    [
      'a huge exponent that is still finite',
      body(bar().replace('"o":130.26', `"o":0.${'0'.repeat(405)}1e401`)),
    ],
    ['an unsafe integer t', body(bar().replace(`"t":${T}`, '"t":9007199254740993'))],
    ['a string price', body(bar().replace('"o":130.26', '"o":"130.26"'))],
    ['a null close', body(bar().replace('"c":130.73', '"c":null'))],
    ['a missing low', body(bar().replace('"l":128.12,', ''))],
    ['a negative n', body(bar().replace('"n":554940', '"n":-1'))],
    ['an error status', '{"status":"NOT_AUTHORIZED","request_id":"r","message":"no"}'],
    ['trailing data', `${body(bar())}x`],
    ['a leading zero', body(bar().replace('"o":130.26', '"o":0130.26'))],
    ['an empty bar', body('{}')],
    ['a bar that is a number', body('1')],
    ['a truncated body', body(bar()).slice(0, 120)],
    ['a grouped bar without T', `{"adjusted":true,"results":[${bar()}],"status":"OK"}`],
  ])('leaves %s to the generic parser', (name, text) => {
    const grouped = name.startsWith('a grouped');
    expect(scanPolygonAggs(text, grouped)).toBeNull();
    // …which is what parsePolygonAggs then answers (a page or the same error as before)
    const parse = grouped ? parsePolygonGroupedDaily : parsePolygonAggs;
    let answer: unknown;
    try {
      answer = parse(text);
    } catch (error) {
      answer = { error: (error as { kind?: string }).kind ?? 'thrown', message: (error as Error).message };
    }
    expect(answer).toEqual(generic(text, grouped));
  });

  it('never answers differently from the generic parser, whatever the mutation (seeded)', () => {
    const random = mulberry32(20261201);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u00e9', 'e', 'E', '-', '+', '.', '0', '9'];
    const more = ['null', 'true', 'false', ' ', '\n', '\t', '\u0001', 'é', '"o":', '"vw":', '"n":', '"T":'];
    const seeds = [
      body(`${bar()},${bar().replace('"vw":129.822', '"vw":null')}`),
      `{"adjusted":true,"results":[${bar().replace('{', '{"T":"AAPL",')}],"status":"OK"}`,
    ];
    let fast = 0;
    for (let i = 0; i < 4000; i++) {
      let text = pick(seeds);
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.3) text = text.slice(0, at) + text.slice(at + 1);
        else if (kind < 0.7) text = text.slice(0, at) + pick([...pieces, ...more]) + text.slice(at);
        else text = text.slice(0, at) + pick(pieces) + text.slice(at + 1);
      }
      for (const grouped of [false, true]) if (expectSameAsGeneric(text, grouped)) fast++;
    }
    expect(fast).toBeGreaterThan(100); // the mutations do reach the fast path, not only the fallback
  });
});
