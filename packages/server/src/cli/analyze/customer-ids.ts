/**
 * Customer ids → dense customer indices (0, 1, 2… in order of first appearance). Lookups take a
 * range of the file's text and hash its character codes, so a known id costs no string: on a
 * million rows and 160,000 customers, only the first row of each customer slices its id.
 */
export class CustomerIds {
  readonly ids: string[] = [];
  private slots = new Int32Array(1 << 12); // customer index + 1; 0 = empty
  private hashes = new Int32Array(1 << 12);

  /** The index of the id written at `text[start, end)`, or −1 if it has not been added. */
  findRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      if (this.hashes[i] === hash && equalsRange(this.ids[slot - 1]!, text, start, end)) {
        return slot - 1;
      }
    }
  }

  /** The index of `id`, adding it if it is new. */
  add(id: string): number {
    const hash = hashRange(id, 0, id.length);
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (; this.slots[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === hash && this.ids[this.slots[i]! - 1] === id) return this.slots[i]! - 1;
    }
    this.ids.push(id);
    this.slots[i] = this.ids.length;
    this.hashes[i] = hash;
    if (2 * this.ids.length > this.slots.length) this.grow();
    return this.ids.length - 1;
  }

  private grow(): void {
    const [slots, hashes] = [this.slots, this.hashes];
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < slots.length; k++) {
      if (slots[k] === 0) continue;
      let i = hashes[k]! & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = slots[k]!;
      this.hashes[i] = hashes[k]!;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function equalsRange(id: string, text: string, start: number, end: number): boolean {
  if (id.length !== end - start) return false;
  for (let i = 0; i < id.length; i++)
    if (id.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
