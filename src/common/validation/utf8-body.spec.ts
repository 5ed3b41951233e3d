import { decodeUtf8Body } from './utf8-body.js';

describe('decodeUtf8Body', () => {
  it('decodes UTF-8, keeping a byte order mark for the parser that follows', () => {
    expect(decodeUtf8Body(Buffer.from('{"name":"Zoë 😀"}'))).toBe('{"name":"Zoë 😀"}');
    expect(decodeUtf8Body(Buffer.from('\ufeffdate'))).toBe('\ufeffdate');
    expect(decodeUtf8Body(Buffer.alloc(0))).toBe('');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['0xFF', [0xff, 0xfe]],
    ['a truncated sequence', [0xe2, 0x82]],
  ])('refuses %s with a 400', (_title, bytes) => {
    expect(() =>
      decodeUtf8Body(Buffer.concat([Buffer.from('"a'), Buffer.from(bytes), Buffer.from('"')])),
    ).toThrow(
      expect.objectContaining({
        problem: expect.objectContaining({ status: 400, type: '/problems/invalid-utf8' }),
      }),
    );
  });
});
