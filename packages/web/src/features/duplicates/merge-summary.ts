import type { components } from '../../api/schema.d.ts';

export type MergeCandidate = components['schemas']['MergeCandidate'];

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'birthday', 'company'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * What merging `duplicate` into `survivor` gives, as the server does it: history and balances
 * add up, tags are the union, and the survivor keeps its contact details, taking the
 * duplicate's only where it has none.
 */
export function mergeSummary(survivor: MergeCandidate, duplicate: MergeCandidate) {
  const balances = new Map<string, { programId: string; unit: string; balance: number }>();
  for (const b of [...survivor.balances, ...duplicate.balances]) {
    const sum = balances.get(b.programId) ?? { programId: b.programId, unit: b.unit, balance: 0 };
    sum.balance += b.balance;
    balances.set(b.programId, sum);
  }
  const contact = Object.fromEntries(
    CONTACT_FIELDS.map((f) => [f, survivor[f] ?? duplicate[f]]),
  ) as Record<ContactField, string | null>;
  const taken = CONTACT_FIELDS.filter((f) => survivor[f] === null && duplicate[f] !== null);
  return {
    purchases: survivor.purchases + duplicate.purchases,
    spentCents: survivor.spentCents + duplicate.spentCents,
    notes: survivor.notes + duplicate.notes,
    interactions: survivor.interactions + duplicate.interactions,
    openVouchers: survivor.openVouchers + duplicate.openVouchers,
    tags: [...new Set([...survivor.tags, ...duplicate.tags])].sort(),
    balances: [...balances.values()].filter((b) => b.balance !== 0),
    contact,
    taken,
  };
}
