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
   * Appends rows read apart (the second part of a file): customer indices mapped through
   * `customerIndex`, lines and raw positions shifted. Column by column, grown once.
   */
  append(
    next: Pick<
      GrowableColumns,
      'length' | 'customer' | 'day' | 'amountCents' | 'line' | 'rawStart' | 'rawEnd'
    >,
    customerIndex: Int32Array,
    lineOffset: number,
    positionOffset: number,
  ): void {
    const at = this.length;
    const n = next.length;
    while (this.customer.length < at + n) this.grow();
    const { customer, line, rawStart, rawEnd } = this;
    // One loop, not four: it runs once, and gets compiled once.
    for (let i = 0, j = at; i < n; i++, j++) {
      customer[j] = customerIndex[next.customer[i]!]!;
      line[j] = next.line[i]! + lineOffset;
      rawStart[j] = next.rawStart[i]! + positionOffset;
      rawEnd[j] = next.rawEnd[i]! + positionOffset;
    }
    this.day.set(next.day.subarray(0, n), at);
    this.amountCents.set(next.amountCents.subarray(0, n), at);
    this.length = at + n;
  }

  /** Keeps only the rows where `keep[i]` is 1, in order, and trims the arrays. */
  compact(keep: Uint8Array | null): void {
    let j = 0;
    for (let i = 0; i < this.length; i++) {
      if (keep !== null && keep[i] === 0) continue;
      this.customer[j] = this.customer[i]!;
      this.day[j] = this.day[i]!;
      this.amountCents[j] = this.amountCents[i]!;
      this.line[j] = this.line[i]!;
      this.rawStart[j] = this.rawStart[i]!;
      this.rawEnd[j] = this.rawEnd[i]!;
      j++;
    }
    this.length = j;
    this.customer = this.customer.slice(0, j);
    this.day = this.day.slice(0, j);
    this.amountCents = this.amountCents.slice(0, j);
    this.line = this.line.slice(0, j);
    this.rawStart = this.rawStart.slice(0, j);
    this.rawEnd = this.rawEnd.slice(0, j);
  }

  /**
   * The customer, day and amount of the rows where `keep[i]` is 1, in the order of `order` (a
   * permutation of the row indices). Lines and raw positions are not copied: they only serve
   * the duplicate check, which is over by then.
   */
  gather(
    keep: Uint8Array,
    order: Int32Array,
  ): { customer: Int32Array; day: Int32Array; amountCents: Float64Array } {
    let length = 0;
    for (let i = 0; i < this.length; i++) length += keep[i]!;
    const customer = new Int32Array(length);
    const day = new Int32Array(length);
    const amountCents = new Float64Array(length);
    let j = 0;
    for (let k = 0; k < this.length; k++) {
      const i = order[k]!;
      if (keep[i] === 0) continue;
      customer[j] = this.customer[i]!;
      day[j] = this.day[i]!;
      amountCents[j++] = this.amountCents[i]!;
    }
    return { customer, day, amountCents };
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
