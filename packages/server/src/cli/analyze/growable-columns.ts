/** Typed arrays that double when full: one slot per accepted row, no per-row object. */
export class GrowableColumns {
  length = 0;
  customer = new Int32Array(1024);
  day = new Int32Array(1024);
  amountCents = new Float64Array(1024);
  line = new Int32Array(1024);
  rawStart = new Int32Array(1024);
  rawEnd = new Int32Array(1024);

  push(
    customer: number,
    day: number,
    amountCents: number,
    line: number,
    rawStart: number,
    rawEnd: number,
  ): void {
    if (this.length === this.customer.length) this.grow();
    const i = this.length++;
    this.customer[i] = customer;
    this.day[i] = day;
    this.amountCents[i] = amountCents;
    this.line[i] = line;
    this.rawStart[i] = rawStart;
    this.rawEnd[i] = rawEnd;
  }

  /**
   * Keeps only the rows where `keep[i]` is 1, in the order of `order` (a permutation of the row
   * indices) or in their own order, and trims the arrays.
   */
  compact(keep: Uint8Array | null, order: Int32Array | null = null): void {
    const source = { ...this };
    const kept = (i: number) => keep === null || keep[i] === 1;
    let length = 0;
    for (let k = 0; k < this.length; k++) if (kept(order === null ? k : order[k]!)) length++;
    this.customer = new Int32Array(length);
    this.day = new Int32Array(length);
    this.amountCents = new Float64Array(length);
    this.line = new Int32Array(length);
    this.rawStart = new Int32Array(length);
    this.rawEnd = new Int32Array(length);
    let j = 0;
    for (let k = 0; k < this.length; k++) {
      const i = order === null ? k : order[k]!;
      if (!kept(i)) continue;
      this.customer[j] = source.customer[i]!;
      this.day[j] = source.day[i]!;
      this.amountCents[j] = source.amountCents[i]!;
      this.line[j] = source.line[i]!;
      this.rawStart[j] = source.rawStart[i]!;
      this.rawEnd[j] = source.rawEnd[i]!;
      j++;
    }
    this.length = j;
  }

  private grow(): void {
    const size = this.customer.length * 2;
    this.customer = copyInto(new Int32Array(size), this.customer);
    this.day = copyInto(new Int32Array(size), this.day);
    this.amountCents = copyInto(new Float64Array(size), this.amountCents);
    this.line = copyInto(new Int32Array(size), this.line);
    this.rawStart = copyInto(new Int32Array(size), this.rawStart);
    this.rawEnd = copyInto(new Int32Array(size), this.rawEnd);
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}
