import { MarketDataError } from '../market-data.error.js';
import { parsePolygonAggs } from './polygon-aggs.parser.js';

const envelope = (rest: string): string =>
  `{"ticker":"AAPL","queryCount":1,"resultsCount":1,"adjusted":true,${rest}"status":"OK","request_id":"r1","count":1}`;
const bar =
  '{"v":7.0661926525697e+07,"vw":129.822,"o":130.26,"c":130.73,"h":131.2636,"l":128.12,"t":1673326800000,"n":554940}';

function malformedMessage(text: string): string {
  try {
    parsePolygonAggs(text);
  } catch (error) {
    expect(error).toBeInstanceOf(MarketDataError);
    expect((error as MarketDataError).kind).toBe('malformed');
    return (error as Error).message;
  }
  throw new Error('expected a malformed error');
}

describe('parsePolygonAggs', () => {
  it('maps a bar to exact decimal strings and the New York date', () => {
    const page = parsePolygonAggs(envelope(`"results":[${bar}],`));
    expect(page).toEqual({
      ticker: 'AAPL',
      adjusted: true,
      status: 'OK',
      requestId: 'r1',
      nextUrl: null,
      bars: [
        {
          date: '2023-01-10',
          open: '130.26',
          high: '131.2636',
          low: '128.12',
          close: '130.73',
          volume: '70661926.525697',
          vwap: '129.822',
          trades: 554940,
        },
      ],
    });
  });

  it('treats vw and n as optional', () => {
    const page = parsePolygonAggs(
      envelope('"results":[{"v":100,"o":1,"c":2,"h":2,"l":1,"t":1673326800000}],'),
    );
    expect(page.bars[0]).toMatchObject({ vwap: null, trades: null, volume: '100' });
  });

  it.each([
    ['absent', ''],
    ['null', '"results":null,'],
    ['empty', '"results":[],'],
  ])('reads results %s as no data', (_name, results) => {
    expect(parsePolygonAggs(envelope(results)).bars).toEqual([]);
  });

  it('accepts DELAYED as success and keeps next_url', () => {
    const text = `{"ticker":"AAPL","adjusted":false,"results":[${bar}],"status":"DELAYED","request_id":"r","next_url":"https://api.polygon.io/v2/x?cursor=abc"}`;
    expect(parsePolygonAggs(text)).toMatchObject({
      status: 'DELAYED',
      adjusted: false,
      nextUrl: 'https://api.polygon.io/v2/x?cursor=abc',
    });
  });

  it('treats a 200 carrying NOT_AUTHORIZED as that error', () => {
    expect(() =>
      parsePolygonAggs(
        '{"status":"NOT_AUTHORIZED","request_id":"r","message":"You are not entitled to this data."}',
      ),
    ).toThrow(
      expect.objectContaining({ kind: 'not_entitled', message: 'You are not entitled to this data.' }),
    );
  });

  it.each([
    ['HTML', '<html><body>502 Bad Gateway</body></html>', 'not JSON'],
    ['truncated JSON', envelope(`"results":[${bar}],`).slice(0, 80), 'not JSON'],
    ['an array', '[]', 'not a JSON object'],
    ['no status', '{"results":[]}', 'no status'],
    ['unknown status', '{"status":"WEIRD","request_id":"r"}', 'Unexpected status'],
    ['results not an array', envelope('"results":{},'), 'results is not an array'],
    ['a bar that is not an object', envelope('"results":[1],'), 'results[0] is not an object'],
    [
      'a missing close',
      envelope('"results":[{"v":1,"o":1,"h":1,"l":1,"t":1673326800000}],'),
      'results[0].c is missing',
    ],
    [
      'a price as a string',
      envelope('"results":[{"v":1,"o":"1","c":1,"h":1,"l":1,"t":1673326800000}],'),
      'results[0].o is not a finite number',
    ],
    [
      'an infinite volume',
      envelope('"results":[{"v":1e999,"o":1,"c":1,"h":1,"l":1,"t":1673326800000}],'),
      'results[0].v is not a finite number',
    ],
    [
      'a fractional t',
      envelope('"results":[{"v":1,"o":1,"c":1,"h":1,"l":1,"t":1.5}],'),
      't is not an integer',
    ],
    [
      'a negative n',
      envelope('"results":[{"v":1,"o":1,"c":1,"h":1,"l":1,"t":1673326800000,"n":-1}],'),
      'n is not a count',
    ],
    ['adjusted missing', '{"ticker":"A","status":"OK","request_id":"r"}', 'adjusted is not a boolean'],
  ])('rejects %s as malformed', (_name, text, fragment) => {
    expect(malformedMessage(text)).toContain(fragment);
  });
});
