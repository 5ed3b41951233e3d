import { JsonSyntaxError, parseJsonLossless } from './lossless-json.js';

describe('parseJsonLossless', () => {
  it('parses like JSON.parse and keeps each number’s source text', () => {
    const text = '{"a":[1, -2.50, 6.3896155e+07, true, null, "x\\"y\\u00e9"], "b": {"c": 0}}';
    const { value, numberText } = parseJsonLossless(text);
    expect(value).toEqual(JSON.parse(text));
    const { a, b } = value as { a: unknown[]; b: object };
    expect([0, 1, 2].map((i) => numberText(a, i))).toEqual(['1', '-2.50', '6.3896155e+07']);
    expect(numberText(a, 3)).toBeUndefined();
    expect(numberText(b, 'c')).toBe('0');
  });

  it('keeps a "__proto__" key as data', () => {
    const { value } = parseJsonLossless('{"__proto__":{"polluted":1}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
  });

  it.each([
    ['truncated', '{"ticker":"AAPL","results":[{"v":1.2e+07,"o":1'],
    ['HTML', '<html><head><title>502 Bad Gateway</title></head></html>'],
    ['trailing comma', '{"a":1,}'],
    ['leading zero', '{"a":01}'],
    ['NaN', '{"a":NaN}'],
    ['trailing data', '{"a":1} x'],
    ['empty', ''],
    ['control character', '{"a":"x\ny"}'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseJsonLossless(text)).toThrow(JsonSyntaxError);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parseJsonLossless('['.repeat(10_000))).toThrow('Nesting too deep');
  });
});
