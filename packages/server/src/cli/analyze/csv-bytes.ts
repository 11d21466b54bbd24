/** Bytes gathered before a chunk is handed to the stream (whole lines only). */
const CHUNK_BYTES = 1 << 18;

/**
 * A text file written as UTF-8 bytes straight into a buffer, handed to `out` in chunks of whole
 * lines. The customer file of a million rows is 160,000 lines of 17 cells: built as strings, its
 * pieces were joined, flattened and encoded again by the stream, about as long as computing the
 * figures. Here an ASCII cell is copied byte by byte, an integer written digit by digit; only a
 * fractional number goes through `String` (its shortest round-trip digits), and any text with a
 * character beyond ASCII through Buffer's UTF-8 encoder. Each chunk is a new buffer: the stream
 * may keep it after `write` returns.
 *
 * @example const bytes = new CsvBytes(process.stdout); bytes.text('id'); bytes.endLine(); bytes.flush();
 */
export class CsvBytes {
  private bytes: Buffer;
  private at = 0;

  /** `chunkBytes`: how many bytes are gathered before a chunk goes out (whole lines). */
  constructor(
    private readonly out: { write(chunk: Uint8Array): unknown },
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.bytes = Buffer.allocUnsafe(chunkBytes + 1024);
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    const n = s.length;
    if (this.at + 3 * n > this.bytes.length) this.grow(3 * n);
    const bytes = this.bytes;
    let at = this.at;
    for (let k = 0; k < n; k++) {
      const code = s.charCodeAt(k);
      if (code >= 0x80) {
        // Written again whole by the encoder, over the ASCII part copied so far.
        this.at += bytes.write(s, this.at, 'utf8');
        return;
      }
      bytes[at++] = code;
    }
    this.at = at;
  }

  /** A number as `String` prints it; an integer (the counts, the scores) without a string. */
  number(v: number): void {
    if (!Number.isInteger(v) || Math.abs(v) >= 2 ** 31) {
      this.text(String(v));
      return;
    }
    if (this.at + 12 > this.bytes.length) this.grow(12);
    if (v < 0) {
      this.bytes[this.at++] = 0x2d; // '-'
      v = -v;
    }
    this.digits(v, 1);
  }

  /**
   * An amount of cents as `String(money(cents))` prints it in units: at most two decimals, so
   * whole units and cents, trailing zeros dropped, no double printed. Beyond 10^13 units, where
   * a double no longer holds every cent, through `String`.
   */
  amount(cents: number): void {
    const n = Math.round(cents);
    if (!(Math.abs(n) < 1e15)) {
      this.text(String(n / 100));
      return;
    }
    if (this.at + 20 > this.bytes.length) this.grow(20);
    const a = Math.abs(n);
    const units = Math.floor(a / 100);
    const rest = a - units * 100;
    if (n < 0) this.bytes[this.at++] = 0x2d; // '-'
    this.digits(units, 1);
    if (rest === 0) return;
    this.bytes[this.at++] = 0x2e; // '.'
    if (rest % 10 === 0) this.digits(rest / 10, 1);
    else this.digits(rest, 2);
  }

  /** One byte of ASCII: a delimiter. */
  byte(code: number): void {
    if (this.at === this.bytes.length) this.grow(1);
    this.bytes[this.at++] = code;
  }

  /** Ends a line; the chunk goes out once it is full. */
  endLine(): void {
    this.byte(0x0a);
    if (this.at >= this.chunkBytes) this.flush();
  }

  /** Hands what is written to the stream. */
  flush(): void {
    if (this.at === 0) return;
    this.out.write(this.bytes.subarray(0, this.at));
    this.bytes = Buffer.allocUnsafe(this.chunkBytes + 1024);
    this.at = 0;
  }

  /** The decimal digits of a whole number below 2^53, at least `width` of them (leading zeros). */
  private digits(v: number, width: number): void {
    let count = 1;
    for (let p = 10; p <= v && count < 16; p *= 10) count++;
    if (count < width) count = width;
    const bytes = this.bytes;
    let at = this.at + count;
    this.at = at;
    for (let k = 0; k < count; k++) {
      const q = Math.floor(v / 10);
      bytes[--at] = 0x30 + (v - q * 10);
      v = q;
    }
  }

  private grow(room: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.at + room));
    this.bytes.copy(bigger, 0, 0, this.at);
    this.bytes = bigger;
  }
}

/**
 * `String(money(cents))` without printing a double (see {@link CsvBytes.amount}).
 *
 * @example amountText(123450) // '1234.5'
 */
export function amountText(cents: number): string {
  let text = '';
  const bytes = new CsvBytes(
    { write: (chunk) => (text = Buffer.from(chunk).toString('latin1')) },
    0,
  );
  bytes.amount(cents);
  bytes.flush();
  return text;
}
