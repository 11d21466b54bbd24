import type { TierLadder } from '@habitue/loyalty';
import { z } from 'zod';
import { recordedKeys, tierChangesSince } from '../../repositories/automation-candidates.ts';
import { findTierLadder } from '../../repositories/tiers.ts';
import { type LocalDay, localDay } from '../days.ts';
import { type DueCustomer, defineOccasion } from '../occasion.ts';

/**
 * Members who rose to a level above the first (or, `topOnly`, entered the top one — the inner
 * circle) from `from` to the end of `day`. Once per level; a member who falls back to a level
 * below one they were already congratulated on is not congratulated for it.
 * @example tierReachedDue(ladder, [{ customer_id: 'a', level_id: 'gold', updated_at }], new Map(), window)
 * // [{ customerId: 'a', occasionKey: 'level:gold', values: { niveau: 'Or' } }]
 */
export function tierReachedDue(
  ladder: TierLadder,
  changes: ReadonlyArray<{ customer_id: string; level_id: string; updated_at: Date }>,
  congratulated: ReadonlyMap<string, readonly string[]>,
  window: { from: Date; day: LocalDay; timeZone: string; topOnly: boolean },
): DueCustomer[] {
  const rank = new Map(ladder.levels.map((l, i) => [l.id, i]));
  const top = ladder.levels.length - 1;
  const due: DueCustomer[] = [];
  for (const c of changes) {
    const level = rank.get(c.level_id);
    if (level === undefined || level === 0 || (window.topOnly && level !== top)) continue;
    if (c.updated_at.getTime() < window.from.getTime()) continue;
    if (localDay(c.updated_at, window.timeZone) > window.day) continue;
    const earlier = (congratulated.get(c.customer_id) ?? []).map(
      (key) => rank.get(key.replace(/^level:/, '')) ?? -1,
    );
    if (earlier.some((r) => r >= level)) continue;
    const name = ladder.levels[level]?.name ?? '';
    due.push({
      customerId: c.customer_id,
      occasionKey: `level:${c.level_id}`,
      values: { niveau: name },
    });
  }
  return due;
}

/** A member reached a new level of the shop's ladder (or entered its top: the inner circle). */
export const tierReached = defineOccasion({
  id: 'tier-reached',
  kind: 'transactional',
  parameters: z.object({ topOnly: z.boolean() }),
  defaults: { topOnly: false },
  ready: () => true,
  fields: ['niveau'],
  wording: {
    fr: {
      subject: 'Bienvenue au niveau {{niveau}} chez {{boutique}} !',
      body: 'Bonjour {{prenom|à vous}},\n\nFélicitations : vous êtes désormais {{niveau}} chez {{boutique}}. Merci pour votre fidélité !\n\n{{lien_carte}}',
    },
    en: {
      subject: 'Welcome to {{niveau}} at {{boutique}}!',
      body: 'Hello {{prenom|there}},\n\nCongratulations: you are now {{niveau}} at {{boutique}}. Thank you for your loyalty!\n\n{{lien_carte}}',
    },
  },
  async due({ tx, merchantId, from, day, timeZone, parameters }) {
    const ladder = await findTierLadder(tx, merchantId);
    if (!ladder) return [];
    const changes = await tierChangesSince(tx, merchantId, from);
    const congratulated = new Map<string, string[]>();
    const ids = changes.map((c) => c.customer_id);
    for (const r of await recordedKeys(tx, merchantId, 'tier-reached', ids)) {
      congratulated.set(r.customer_id, [
        ...(congratulated.get(r.customer_id) ?? []),
        r.occasion_key,
      ]);
    }
    return tierReachedDue(ladder.ladder, changes, congratulated, {
      from,
      day,
      timeZone,
      topOnly: parameters.topOnly,
    });
  },
});
