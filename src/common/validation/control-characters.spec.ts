import { findControlCharacter } from './control-characters.js';

describe('findControlCharacter', () => {
  it('names the first offending string by its path', () => {
    expect(findControlCharacter({ name: 'a\u0000b' }, '')?.field).toBe('name');
    expect(findControlCharacter({ stocks: [{ ticker: 'A' }, { ticker: 'B\u001b' }] }, '')?.field).toBe(
      'stocks[1].ticker',
    );
    expect(findControlCharacter('A\u007f', 'ticker')).toEqual({
      field: 'ticker',
      message: expect.stringContaining('ticker must not contain control characters'),
    });
    expect(findControlCharacter('a,b\u0000', '')?.field).toBe('body');
  });

  it('checks keys too, naming them printably', () => {
    expect(findControlCharacter({ 'k\u0000': 1 }, '')?.field).toBe('k?');
  });

  it('allows tab, line feed and carriage return, and non-strings', () => {
    expect(findControlCharacter({ address: 'a\tb\r\nc', n: 1, b: true, z: null }, '')).toBeUndefined();
    expect(findControlCharacter('date,open\n2024-01-02,1\r\n', '')).toBeUndefined();
  });

  it('refuses lone surrogates (in values and keys) but not paired ones', () => {
    expect(findControlCharacter({ email: 'a\ud800@example.com' }, '')).toEqual({
      field: 'email',
      message: expect.stringContaining('email must be valid Unicode text'),
    });
    expect(findControlCharacter({ name: '\udfff\ud800' }, '')?.field).toBe('name');
    expect(findControlCharacter({ 'k\udc00': 1 }, '')?.field).toBe('k?');
    expect(findControlCharacter({ name: 'Ada \u{1F600} \ud83d\ude00' }, '')).toBeUndefined();
  });
});
