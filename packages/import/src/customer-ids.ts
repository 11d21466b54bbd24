/** Int32 numbers per hash-table slot. */
const SLOT = 4;

/**
 * Customer ids → dense customer indices (0, 1, 2… in order of first appearance). Lookups take a
 * range of the file's text and hash its character codes, so a known id costs no string: on a
 * million rows and 160,000 customers, only the first row of each customer slices its id. The
 * table keeps hash, index, position and length of each id side by side, and a known id is
 * compared with its first occurrence in the same text: a lookup touches two places in memory.
 */
export class CustomerIds {
  readonly ids: string[] = [];
  /**
   * Slots of (hash, customer index + 1, where the id was first read in the source or −1 when it
   * was trimmed or unquoted, its length); index 0 = empty slot.
   */
  private table = new Int32Array(SLOT << 12);

  constructor(private readonly source = '') {}

  /** The index of the id written at `source[start, end)`, or −1 if it has not been added. */
  findRange(start: number, end: number): number {
    const hash = hashRange(this.source, start, end);
    const mask = this.table.length / SLOT - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.table[SLOT * i + 1]!;
      if (entry === 0) return -1;
      if (this.table[SLOT * i] === hash && this.sameId(SLOT * i, start, end)) return entry - 1;
    }
  }

  /** The index of `id`, adding it if it is new; `start` is where it was read in the source. */
  add(id: string, start = -1): number {
    const hash = hashRange(id, 0, id.length);
    const mask = this.table.length / SLOT - 1;
    let i = hash & mask;
    for (; this.table[SLOT * i + 1] !== 0; i = (i + 1) & mask) {
      const index = this.table[SLOT * i + 1]! - 1;
      if (this.table[SLOT * i] === hash && this.ids[index] === id) return index;
    }
    this.ids.push(id);
    this.table.set([hash, this.ids.length, start, id.length], SLOT * i);
    if (2 * this.ids.length > this.table.length / SLOT) this.grow();
    return this.ids.length - 1;
  }

  private sameId(slot: number, start: number, end: number): boolean {
    const length = end - start;
    if (this.table[slot + 3] !== length) return false;
    const from = this.table[slot + 2]!;
    if (from < 0) return this.ids[this.table[slot + 1]! - 1] === this.source.slice(start, end);
    for (let k = 0; k < length; k++) {
      if (this.source.charCodeAt(from + k) !== this.source.charCodeAt(start + k)) return false;
    }
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(2 * old.length);
    const mask = this.table.length / SLOT - 1;
    for (let k = 0; k < old.length; k += SLOT) {
      if (old[k + 1] === 0) continue;
      let i = old[k]! & mask;
      while (this.table[SLOT * i + 1] !== 0) i = (i + 1) & mask;
      this.table.set(old.subarray(k, k + SLOT), SLOT * i);
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
