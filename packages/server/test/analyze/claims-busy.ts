/**
 * A little work per chunk taken, so that the two threads of two-ended-claims.test.ts take
 * chunks at the same time for a while; returns 0.
 */
export function busy(k: number): number {
  let x = k;
  for (let i = 0; i < 200; i++) x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
  return x < 0 ? 1 : 0;
}
