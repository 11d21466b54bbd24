/**
 * How a worker's free slots are shared between the merchants with due jobs: one slot to each
 * in turn, the merchant whose oldest job has waited longest first, never more than a merchant
 * has due. A shop that queued a thousand jobs (an import, a campaign) takes the slots nobody
 * else asks for, and the next shop's job still starts in the same poll.
 *
 * @example
 * shareSlots([{ merchantId: 'a', due: 10 }, { merchantId: 'b', due: 1 }], 4)
 * // Map { 'a' => 3, 'b' => 1 }
 */
export function shareSlots(
  merchantsOldestFirst: readonly { merchantId: string; due: number }[],
  slots: number,
): Map<string, number> {
  const given = new Map(merchantsOldestFirst.map((m) => [m.merchantId, 0]));
  let left = slots;
  while (left > 0) {
    let gaveOne = false;
    for (const { merchantId, due } of merchantsOldestFirst) {
      if (left === 0) break;
      const count = given.get(merchantId) ?? 0;
      if (count >= due) continue;
      given.set(merchantId, count + 1);
      left -= 1;
      gaveOne = true;
    }
    if (!gaveOne) break;
  }
  return given;
}
