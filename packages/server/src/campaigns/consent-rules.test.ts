import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentEvent,
  type ConsentFacts,
  latestDecision,
  mayReceive,
} from './consent-rules.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const eventArb = fc.record({
  channel: fc.constantFrom('email' as const, 'sms' as const, 'post' as const),
  granted: fc.boolean(),
  // Some rows fall after `now`: they are not yet in force.
  at: fc.integer({ min: -100_000, max: 1_000 }).map(at),
});

const factsArb: fc.Arbitrary<ConsentFacts> = fc.record({
  channel: fc.constantFrom('email' as const, 'sms' as const),
  kind: fc.constantFrom('marketing' as const, 'transactional' as const),
  history: fc.array(eventArb, { maxLength: 8 }),
  hasAddress: fc.boolean(),
  purchaseDates: fc.array(fc.integer({ min: -100_000, max: 1_000 }).map(at), { maxLength: 3 }),
  b2bContact: fc.boolean(),
  now: fc.constant(NOW),
});

/** The same rule written the long way: the last row in force on the channel, withdrawals first at ties. */
function inForce(history: readonly ConsentEvent[], channel: string) {
  const rows = history
    .filter((e) => e.channel === channel && e.at.getTime() <= NOW.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || Number(!a.granted) - Number(!b.granted));
  return rows.at(-1) ?? null;
}

describe('consent rules at send time', () => {
  it('never lets a marketing message through without the consent its channel needs', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const decision = mayReceive({ ...facts, kind: 'marketing' });
        if (!decision.allowed) return;
        expect(facts.hasAddress).toBe(true);
        const latest = inForce(facts.history, facts.channel);
        if (latest) {
          expect(latest.granted).toBe(true);
          expect(decision.basis).toBe('opt_in');
          return;
        }
        const bought = facts.purchaseDates.some((d) => d <= NOW);
        const b2bEmail = facts.b2bContact && facts.channel === 'email';
        expect(bought || b2bEmail).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('lets a withdrawal win over every older grant, a purchase and a B2B link', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: -50_000, max: 0 }), (facts, minutes) => {
        const withdrawal = { channel: facts.channel, granted: false, at: at(minutes) };
        const older = facts.history.filter((e) => e.at.getTime() < withdrawal.at.getTime());
        const decision = mayReceive({
          ...facts,
          kind: 'marketing',
          history: [...older, withdrawal],
        });
        expect(decision).toEqual(
          facts.hasAddress
            ? { allowed: false, reason: 'withdrawn' }
            : { allowed: false, reason: 'no_address' },
        );
      }),
    );
  });

  it('never blocks a transactional message for lack of marketing consent', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const decision = mayReceive({ ...facts, kind: 'transactional' });
        expect(decision.allowed).toBe(facts.hasAddress);
      }),
    );
  });

  it('finds the decision in force the same way as the long-hand rule', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(latestDecision(facts.history, facts.channel, NOW)).toEqual(
          inForce(facts.history, facts.channel),
        );
      }),
    );
  });

  it('grants soft opt-in to a buyer, not to someone who only signed up', () => {
    const base: ConsentFacts = {
      channel: 'email',
      kind: 'marketing',
      history: [],
      hasAddress: true,
      purchaseDates: [],
      b2bContact: false,
      now: NOW,
    };
    expect(mayReceive(base)).toEqual({ allowed: false, reason: 'no_consent' });
    expect(mayReceive({ ...base, purchaseDates: [at(-60)] })).toEqual({
      allowed: true,
      basis: 'soft_opt_in',
    });
    // A purchase dated after the send does not count yet.
    expect(mayReceive({ ...base, purchaseDates: [at(60)] }).allowed).toBe(false);
    expect(mayReceive({ ...base, b2bContact: true })).toEqual({ allowed: true, basis: 'b2b' });
    expect(mayReceive({ ...base, channel: 'sms', b2bContact: true }).allowed).toBe(false);
    // A refusal at sign-up (granted: false) is an objection, even for a buyer.
    expect(
      mayReceive({
        ...base,
        purchaseDates: [at(-60)],
        history: [{ channel: 'email', granted: false, at: at(-120) }],
      }),
    ).toEqual({ allowed: false, reason: 'withdrawn' });
  });

  it('lets a withdrawal win over a grant recorded at the same instant', () => {
    const t = at(-10);
    const history = [
      { channel: 'email' as const, granted: false, at: t },
      { channel: 'email' as const, granted: true, at: t },
    ];
    expect(latestDecision(history, 'email', NOW)?.granted).toBe(false);
    expect(latestDecision([...history].reverse(), 'email', NOW)?.granted).toBe(false);
  });
});
