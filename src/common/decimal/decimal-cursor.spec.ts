import { DecimalCursor } from './decimal-cursor.js';

const COMMA = 44;
const SEMICOLON = 59;

describe('DecimalCursor', () => {
  it('reads each number up to its separator and moves past it, past the end after the last', () => {
    const cursor = new DecimalCursor('10.25,-3;0.1');
    expect(cursor.decimal(COMMA)).toBe(10.25);
    expect(cursor.at).toBe(6);
    expect(cursor.decimal(SEMICOLON)).toBe(-3);
    expect(cursor.decimal(COMMA)).toBe(0.1);
    expect(cursor.at).toBe(13);
  });

  it('gives exactly what Number() gives, through Number() beyond 15 digits or for unusual texts', () => {
    for (const text of ['9007199254740993', '1234.567890123456789', '1e5', 'NaN', '-0', '', '5.', '.5']) {
      const value = new DecimalCursor(text).decimal(COMMA);
      expect(Object.is(value, Number(text))).toBe(true);
    }
  });
});
