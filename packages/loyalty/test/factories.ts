import type {
  LedgerEntry,
  PointsProgram,
  Purchase,
  PurchaseItem,
  Reward,
  StampCardProgram,
  Voucher,
  VoucherGrant,
} from '../src/index.ts';

/** The day these tests were written; every test passes its own clock. */
export const NOW = new Date('2026-11-22T10:00:00Z');

/** A 10-stamp coffee card, one stamp per visit. */
export function buildStampCard(overrides: Partial<StampCardProgram> = {}): StampCardProgram {
  return {
    kind: 'stamps',
    id: 'card',
    version: 1,
    name: { fr: 'Carte café', en: 'Coffee card' },
    rule: { per: 'visit' },
    stampsPerCard: 10,
    rewardId: 'coffee',
    ...overrides,
  };
}

/** 1 point per euro, floor rounding. */
export function buildPointsProgram(overrides: Partial<PointsProgram> = {}): PointsProgram {
  return {
    kind: 'points',
    id: 'points',
    version: 1,
    name: { fr: 'Points', en: 'Points' },
    pointsPerEuro: 1,
    rounding: 'floor',
    ...overrides,
  };
}

export function buildReward(overrides: Partial<Reward> = {}): Reward {
  return {
    id: 'coffee',
    programId: 'card',
    name: { fr: 'Café offert', en: 'Free coffee' },
    cost: 10,
    costPriceCents: 100,
    retailValueCents: 250,
    ...overrides,
  };
}

export function buildPurchase(overrides: Partial<Purchase> = {}): Purchase {
  return { id: 'p1', amountCents: 500, ...overrides };
}

export function buildItem(overrides: Partial<PurchaseItem> = {}): PurchaseItem {
  return {
    sku: 'sku',
    name: 'Article',
    category: 'divers',
    quantity: 1,
    unitPriceCents: 100,
    ...overrides,
  };
}

/** A staff adjustment entry, the quickest way to give a ledger a starting balance. */
export function buildEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    programId: 'card',
    programVersion: 1,
    kind: 'adjust',
    unit: 'stamps',
    delta: 1,
    at: NOW,
    cause: { type: 'staff_adjustment', adjustmentId: 'seed', staffId: 's', reasonCode: 'goodwill' },
    ...overrides,
  };
}

/** Attaches a code to grants, as the server does after drawing random bytes. */
export function withCodes(grants: readonly VoucherGrant[]): Voucher[] {
  return grants.map((grant, index) => ({ ...grant, code: `CODE-${index}` }));
}

/** Unwraps a result in a test, failing loudly with the rejection code. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; code: string }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.value;
}

export function daysLater(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
