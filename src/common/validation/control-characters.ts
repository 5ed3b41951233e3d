/* eslint-disable no-control-regex -- these patterns exist to find control characters */
import type { FieldError } from '../problem/problem-details.js';

/** C0 controls and DEL, except tab, line feed and carriage return (multi-line text, CSV bodies). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Every control character: for single-line fields such as names. */
export const ANY_CONTROL = /[\u0000-\u001f\u007f]/;

export const CONTROL_CHARACTER_MESSAGE =
  'must not contain control characters (U+0000-U+001F other than tab, line feed and carriage return, or U+007F)';

/**
 * A UTF-16 surrogate without its partner (JSON's `"\ud800"` escape decodes to one): not a character,
 * so it cannot be stored as UTF-8 (it became U+FFFD) and validator.js's isEmail threw on it (a 500).
 */
const LONE_SURROGATE = /\p{Cs}/u;

export const LONE_SURROGATE_MESSAGE = 'must be valid Unicode text (it holds an unpaired UTF-16 surrogate)';

/** Why a string (value or key) is refused, or undefined. */
function flaw(text: string): string | undefined {
  if (FORBIDDEN.test(text)) return CONTROL_CHARACTER_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return undefined;
}

const printable = (key: string) => key.replace(/[\u0000-\u001f\u007f]/g, '?').replace(/\p{Cs}/gu, '?');

/**
 * The first string (value or key) anywhere in a request value that holds a control character or a
 * lone surrogate, named by its path (`stocks[0].ticker`); walked with an explicit stack, so depth costs no recursion.
 * Postgres refuses NUL (SQLSTATE 22021), and no field of this API has a use for the others.
 */
export function findControlCharacter(value: unknown, root: string): FieldError | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const message = flaw(current);
      if (message) {
        const field = path || 'body';
        return { field, message: `${field} ${message}` };
      }
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        const child = path ? `${path}.${printable(key)}` : printable(key);
        const message = flaw(key);
        if (message) return { field: child, message: `${child} ${message}` };
        stack.push({ value: item, path: child });
      }
    }
  }
  return undefined;
}
