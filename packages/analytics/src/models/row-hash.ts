import type { Numbers } from './types.ts';

// Reinterprets a double as two 32-bit words, so rows hash on their exact bit patterns.
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

function hashRow(columns: Numbers[], row: number): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < columns.length; c++) {
    scratch[0] = columns[c]![row]! + 0; // + 0 turns −0 into +0, which compare equal
    h = Math.imul(h ^ words[0]!, 0x01000193);
    h = Math.imul(h ^ words[1]!, 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
}

function sameRow(columns: Numbers[], p: number, q: number): boolean {
  for (let c = 0; c < columns.length; c++) if (columns[c]![p] !== columns[c]![q]) return false;
  return true;
}

/**
 * For each input row, the first row with identical values in every column. An open-addressing
 * hash table on the values' bits: about ten times faster than a Map keyed by joined strings,
 * which matters when fitting tens of thousands of customers in milliseconds.
 */
export function firstIdenticalRow(columns: Numbers[], rowCount: number): Int32Array {
  const capacity = 2 ** Math.ceil(Math.log2(2 * rowCount + 2));
  const slots = new Int32Array(capacity).fill(-1);
  const first = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    let slot = hashRow(columns, i) & (capacity - 1);
    for (;;) {
      const candidate = slots[slot]!;
      if (candidate === -1) {
        slots[slot] = i;
        first[i] = i;
        break;
      }
      if (sameRow(columns, candidate, i)) {
        first[i] = candidate;
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }
  return first;
}
