/**
 * Where a customer came from: the referral link of another customer, the answer they (or the
 * staff) gave to "comment nous avez-vous connus ?", an import from the previous system, or
 * nothing known. `channel:<id>` names one of the shop's own answers.
 */
export type ChannelKey = 'referral' | 'imported' | 'unknown' | `channel:${string}`;

/** What the shop recorded about how a customer arrived. */
export interface AcquisitionFacts {
  /** Signed up through another customer's referral link or code. */
  readonly referred: boolean;
  /** The shop's answer chosen at sign-up or on the customer page, if any. */
  readonly answeredChannelId: string | null;
  /** Created by an import from the previous system. */
  readonly imported: boolean;
}

/**
 * The channel a customer is counted in. A referral is recorded by the system itself, so it wins
 * over a declared answer; an answer wins over "imported", which only says the customer predates
 * the program.
 * @example acquisitionChannelOf({ referred: false, answeredChannelId: 'c1', imported: true }) // 'channel:c1'
 */
export function acquisitionChannelOf(facts: AcquisitionFacts): ChannelKey {
  if (facts.referred) return 'referral';
  if (facts.answeredChannelId !== null) return `channel:${facts.answeredChannelId}`;
  if (facts.imported) return 'imported';
  return 'unknown';
}

/** Imported customers were acquired before the shop's spending was recorded here. */
export const countsAsAcquiredHere = (channel: ChannelKey) => channel !== 'imported';
