/** Int32 numbers per hash-table slot: the id's hash and its customer index + 1 (0 = empty). */
const SLOT = 2;

/**
 * Customer ids → dense customer indices (0, 1, 2… in order of first appearance). Lookups take a
 * range of the file's text and hash its character codes, so a known id costs no string: on a
 * million rows and 160,000 customers, only the first row of each customer slices its id. A known
 * id is compared with a copy of its characters, packed with the others' in order of first
 * appearance (2 MB for 160,000 ids), rather than with its first occurrence in the 25 MB text:
 * the copy mostly stays in the processor's cache, the text does not, and lookups were mostly
 * waiting for memory. The table holds 8 bytes a slot for the same reason.
 */
export class CustomerIds {
  readonly ids: string[] = [];
  private table = new Int32Array(SLOT << 12);
  /** Every id's UTF-16 code units, one after the other, in order of first appearance. */
  private chars = new Uint16Array(1 << 16);
  /** Where customer i's characters start in `chars` (i ≤ ids.length: the last is the end). */
  private offsets = new Int32Array(1 << 12);

  constructor(private readonly source = '') {}

  /** The index of the id written at `source[start, end)`, or −1 if it has not been added. */
  findRange(start: number, end: number): number {
    const hash = hashRange(this.source, start, end);
    const table = this.table;
    const mask = table.length / SLOT - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = table[SLOT * i + 1]!;
      if (entry === 0) return -1;
      if (table[SLOT * i] === hash && this.sameId(entry - 1, start, end)) return entry - 1;
    }
  }

  /**
   * The index of `id`, adding it if it is new. `_start`, where it was read in the source, is no
   * longer needed (the id's characters are copied); kept for the callers that pass it.
   */
  add(id: string, _start = -1): number {
    const hash = hashRange(id, 0, id.length);
    const mask = this.table.length / SLOT - 1;
    let i = hash & mask;
    for (; this.table[SLOT * i + 1] !== 0; i = (i + 1) & mask) {
      const index = this.table[SLOT * i + 1]! - 1;
      if (this.table[SLOT * i] === hash && this.ids[index] === id) return index;
    }
    this.ids.push(id);
    this.copyChars(id);
    this.table[SLOT * i] = hash;
    this.table[SLOT * i + 1] = this.ids.length;
    if (2 * this.ids.length > this.table.length / SLOT) this.grow();
    return this.ids.length - 1;
  }

  private sameId(index: number, start: number, end: number): boolean {
    const from = this.offsets[index]!;
    const length = end - start;
    if (this.offsets[index + 1]! - from !== length) return false;
    const chars = this.chars;
    for (let k = 0; k < length; k++) {
      if (chars[from + k] !== this.source.charCodeAt(start + k)) return false;
    }
    return true;
  }

  /** Appends the new last id's code units to `chars` and its end to `offsets`. */
  private copyChars(id: string): void {
    const count = this.ids.length;
    const at = this.offsets[count - 1]!;
    if (count + 1 > this.offsets.length) this.offsets = grown(this.offsets, count + 1);
    if (at + id.length > this.chars.length) this.chars = grown(this.chars, at + id.length);
    for (let k = 0; k < id.length; k++) this.chars[at + k] = id.charCodeAt(k);
    this.offsets[count] = at + id.length;
  }

  /** Twice the slots, every entry placed again (copied by hand: no subarray per entry). */
  private grow(): void {
    const old = this.table;
    const table = new Int32Array(2 * old.length);
    const mask = table.length / SLOT - 1;
    for (let k = 0; k < old.length; k += SLOT) {
      if (old[k + 1] === 0) continue;
      let i = old[k]! & mask;
      while (table[SLOT * i + 1] !== 0) i = (i + 1) & mask;
      table[SLOT * i] = old[k]!;
      table[SLOT * i + 1] = old[k + 1]!;
    }
    this.table = table;
  }
}

/** A copy of `a` at least `needed` long (twice as long when that is enough). */
function grown<A extends Int32Array | Uint16Array>(a: A, needed: number): A {
  const bigger = new (a.constructor as new (n: number) => A)(Math.max(2 * a.length, needed));
  bigger.set(a);
  return bigger;
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
