/**
 * Bytes written at the end of a buffer that doubles when full: COPY text, BarTsv rows and their packed
 * lists. Hot loops may write straight into `reserve`'s buffer from `length` and then move `length` on.
 */
export class ByteBuffer {
  buffer: Buffer;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Room for `bytes` more; returns the buffer to write into from `length`. */
  reserve(bytes: number): Buffer {
    if (this.length + bytes > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    return this.buffer;
  }

  byte(value: number): void {
    this.reserve(1)[this.length++] = value;
  }

  /** `source[start, end)` as they are (a byte loop: the parts written are tens of bytes, below a native copy's cost). */
  copy(source: Uint8Array, start = 0, end = source.length): void {
    const buffer = this.reserve(end - start);
    let at = this.length;
    for (let i = start; i < end; i++) buffer[at++] = source[i];
    this.length = at;
  }

  /** A text of ASCII characters, a byte each. */
  ascii(text: string): void {
    const buffer = this.reserve(text.length);
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
