import { createRandom, deriveSeed, simulateShopHistory } from '@habitue/analytics';
import {
  type LedgerEntry,
  type Program,
  recordPurchase,
  useVoucher,
  type Voucher,
  type VoucherEvent,
} from '@habitue/loyalty';
import { FIRST_NAMES, LAST_NAMES } from './names.ts';

export type DemoCustomer = {
  key: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthday: { day: number; month: number } | null;
  emailConsent: boolean;
  customerSince: Date;
  memberSince: Date | null;
};

export type DemoPurchase = { id: string; customerKey: string; at: Date; amountCents: number };
export type DemoRedemption = { id: string; customerKey: string; voucher: Voucher; at: Date };

/**
 * Two years of a boulangerie's history, ready to store: customers (from the simulator in
 * @habitue/analytics, docs/demo-data.md), their purchases, and for loyalty members what the
 * stamp card really gave them — earned stamps, unlocked vouchers, and vouchers used on a later
 * visit (most are; some expire unused) — computed by the same loyalty rules the counter uses.
 */
export function buildDemoHistory(input: {
  seed: number;
  start: Date;
  end: Date;
  program: Program;
  newId: () => string;
  voucherCode: (n: number) => string;
}) {
  const history = simulateShopHistory({
    seed: input.seed,
    start: input.start.getTime(),
    end: input.end.getTime(),
  });
  const rng = createRandom(deriveSeed(input.seed, 0xde30));
  const random = () => rng.next();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const customers: DemoCustomer[] = history.customers.map((c, i) => {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const handle = `${firstName}.${lastName}`
      .normalize('NFKD')
      .replace(/[^\w.]/g, '')
      .toLowerCase();
    const birthday =
      random() < 0.6
        ? { day: 1 + Math.floor(random() * 28), month: 1 + Math.floor(random() * 12) }
        : null;
    return {
      key: c.customerId,
      firstName,
      lastName,
      email: random() < 0.75 ? `${handle}.${i + 1}@example.org` : null,
      phone: random() < 0.6 ? fictionalPhone(i, random()) : null,
      birthday,
      emailConsent: random() < 0.7,
      customerSince: new Date(c.joinedAt),
      memberSince: c.isMember && c.memberSince !== null ? new Date(c.memberSince) : null,
    };
  });
  const memberSince = new Map(customers.map((c) => [c.key, c.memberSince]));
  const purchases: DemoPurchase[] = history.transactions.map((t) => ({
    id: input.newId(),
    customerKey: t.customerId,
    at: new Date(t.at),
    amountCents: t.amountCents,
  }));
  const ledger = new Map<
    string,
    { entries: LedgerEntry[]; vouchers: Voucher[]; events: VoucherEvent[] }
  >();
  const redemptions: DemoRedemption[] = [];
  let codes = 0;
  for (const purchase of purchases) {
    const since = memberSince.get(purchase.customerKey);
    if (!since || purchase.at < since) continue;
    const state = ledger.get(purchase.customerKey) ?? { entries: [], vouchers: [], events: [] };
    ledger.set(purchase.customerKey, state);
    // A customer with a voucher usually uses it on their next visit.
    for (const voucher of state.vouchers) {
      if (state.events.some((e) => e.voucherId === voucher.id) || random() > 0.85) continue;
      const redemptionId = input.newId();
      const used = useVoucher({ voucher, events: state.events, redemptionId, now: purchase.at });
      if (used.ok) {
        state.events.push(used.value);
        redemptions.push({
          id: redemptionId,
          customerKey: purchase.customerKey,
          voucher,
          at: purchase.at,
        });
      }
    }
    const outcome = recordPurchase({
      program: input.program,
      purchase: { id: purchase.id, amountCents: purchase.amountCents },
      entries: state.entries,
      now: purchase.at,
    });
    if (!outcome.ok) continue;
    state.entries.push(...outcome.value.entries);
    state.vouchers.push(
      ...outcome.value.vouchers.map((v) => ({ ...v, code: input.voucherCode(++codes) })),
    );
  }
  return { customers, purchases, ledger, redemptions };
}

/**
 * A number from the range set aside for fiction (06 39 98 xx xx), one per customer, so that
 * nothing the demo shop sends could ever reach a real person (its addresses are in the
 * reserved `example.org`). `_draw` is the random draw that once picked a number: still taken,
 * so that every other figure of the demo stays what it was.
 */
function fictionalPhone(index: number, _draw: number): string {
  return `+3363998${String(index % 10_000).padStart(4, '0')}`;
}
