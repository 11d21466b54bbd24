import { createHash } from 'node:crypto';

/** The largest share of a segment an owner may hold back: beyond it, the campaign barely runs. */
export const MAX_CONTROL_SHARE = 0.5;

/**
 * Whether a customer falls in a campaign's control group (not sent, measured alongside).
 * The draw is a hash of the campaign's stored seed and the customer id mapped to [0, 1): as
 * good as random for the owner, and the same answer every time it is asked, so a resumed send
 * never moves anyone between groups.
 * @example
 * inControlGroup('5f1c…', '0193…', 0.1); // true for about one customer in ten
 */
export function inControlGroup(seed: string, customerId: string, share: number): boolean {
  if (share <= 0) return false;
  const digest = createHash('sha256').update(`${seed}:${customerId}`).digest();
  // 48 bits are plenty for shares given to two decimals.
  const draw = digest.readUIntBE(0, 6) / 2 ** 48;
  return draw < share;
}
