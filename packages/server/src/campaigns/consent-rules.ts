/**
 * Whether a message may reach a customer on a channel, decided at send time (art. L34-5 CPCE,
 * CNIL guidance). Pure: the consent history, the purchases and the clock are passed in.
 *
 * - Transactional messages (a reward earned, a password reset) are what the person asked for:
 *   never blocked by marketing consent, only by the lack of an address.
 * - Marketing needs, on that channel, the latest decision on record to be a grant (opt-in).
 *   A withdrawal or a refusal always wins over anything older, and over a tie.
 * - With no decision on record: the soft opt-in exception holds for a customer who really
 *   bought (a purchase, not a mere sign-up); a B2B contact may be emailed (not texted).
 */
export type MessageChannel = 'email' | 'sms';
export type MessageKind = 'marketing' | 'transactional';

export type ConsentEvent = {
  channel: 'email' | 'sms' | 'post';
  granted: boolean;
  at: Date;
};

export type ConsentFacts = {
  channel: MessageChannel;
  kind: MessageKind;
  /** Every consent row of the customer, in any order. */
  history: readonly ConsentEvent[];
  /** An email for `email`, a phone number for `sms`. */
  hasAddress: boolean;
  /** Purchases the customer really made (recorded or imported sales, refunds aside), any date. */
  purchaseDates: readonly Date[];
  /** A contact of a business-to-business account. */
  b2bContact: boolean;
  now: Date;
};

export type ConsentBasis = 'transactional' | 'opt_in' | 'soft_opt_in' | 'b2b';
export type ConsentRefusal = 'no_address' | 'withdrawn' | 'no_consent';

export type ConsentDecision =
  | { allowed: true; basis: ConsentBasis }
  | { allowed: false; reason: ConsentRefusal };

/**
 * The latest decision on `channel` recorded up to `now` (a row dated later is not yet in
 * force). At the same instant a withdrawal beats a grant: when in doubt, do not send.
 * @example
 * latestDecision([{ channel: 'email', granted: true, at: d1 }, { channel: 'email', granted: false, at: d2 }], 'email', now)
 * // the withdrawal at d2 (d2 > d1)
 */
export function latestDecision(
  history: readonly ConsentEvent[],
  channel: MessageChannel,
  now: Date,
): ConsentEvent | null {
  let latest: ConsentEvent | null = null;
  for (const event of history) {
    if (event.channel !== channel || event.at.getTime() > now.getTime()) continue;
    const later = latest === null || event.at.getTime() > latest.at.getTime();
    const tieWithdrawal =
      latest !== null && event.at.getTime() === latest.at.getTime() && !event.granted;
    if (later || tieWithdrawal) latest = event;
  }
  return latest;
}

/**
 * @example
 * mayReceive({ channel: 'email', kind: 'marketing', history: [], hasAddress: true,
 *   purchaseDates: [], b2bContact: false, now }); // { allowed: false, reason: 'no_consent' }
 */
export function mayReceive(facts: ConsentFacts): ConsentDecision {
  if (!facts.hasAddress) return { allowed: false, reason: 'no_address' };
  if (facts.kind === 'transactional') return { allowed: true, basis: 'transactional' };
  const latest = latestDecision(facts.history, facts.channel, facts.now);
  if (latest) {
    return latest.granted
      ? { allowed: true, basis: 'opt_in' }
      : { allowed: false, reason: 'withdrawn' };
  }
  const bought = facts.purchaseDates.some((d) => d.getTime() <= facts.now.getTime());
  if (bought) return { allowed: true, basis: 'soft_opt_in' };
  if (facts.b2bContact && facts.channel === 'email') return { allowed: true, basis: 'b2b' };
  return { allowed: false, reason: 'no_consent' };
}
