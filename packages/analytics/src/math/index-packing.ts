/** Indices below this pack with an integer into one exact double (value · 2²¹ + index). */
export const PACKED_INDICES = 2 ** 21;

/** Integers below this in size pack exactly with an index: |value| · 2²¹ + index < 2⁵³. */
export const PACKED_VALUES = 2 ** 32;

/**
 * An integer value and an index as one exact double, so that one numeric sort of a
 * Float64Array orders by value, then by index, and carries the index along: no comparator call
 * per comparison. The value must be an integer below {@link PACKED_VALUES} in size, the index
 * below {@link PACKED_INDICES}.
 *
 * @example
 * const keys = Float64Array.from(values, (v, i) => packWithIndex(v, i)).sort();
 * packedIndex(keys[0]!); // the index of the smallest value (the first of equals)
 */
export function packWithIndex(value: number, index: number): number {
  return value * PACKED_INDICES + index;
}

/** The value of a {@link packWithIndex} key. */
export function packedValue(key: number): number {
  return Math.floor(key / PACKED_INDICES);
}

/** The index of a {@link packWithIndex} key. */
export function packedIndex(key: number): number {
  return key - packedValue(key) * PACKED_INDICES;
}
