import { describe, expect, it } from 'vitest';
import { buildItem, buildPurchase, expectOk, NOW } from '../../test/factories.ts';
import { recordPurchase } from '../earn/record-purchase.ts';
import { balanceOf } from '../ledger/balance.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Purchase } from '../model/purchase.ts';
import { validateProgram } from '../setup/validate-program.ts';
import { validateReward } from '../setup/validate-reward.ts';
import { programFromPreset } from './program-from-preset.ts';
import { type StampCardPreset, stampCardPresets } from './stamp-card-presets.ts';

function preset(id: string): StampCardPreset {
  const found = stampCardPresets.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
}

/** Plays purchases on a fresh card from a preset; returns vouchers issued and stamps left. */
function play(id: string, purchases: Purchase[]) {
  const { program } = programFromPreset(preset(id), {
    programId: 'c',
    rewardId: 'r',
    costPriceCents: 100,
    retailValueCents: 300,
  });
  let entries: LedgerEntry[] = [];
  let vouchers = 0;
  for (const purchase of purchases) {
    const outcome = expectOk(recordPurchase({ program, purchase, entries, now: NOW }));
    entries = [...entries, ...outcome.entries];
    vouchers += outcome.vouchers.length;
  }
  return { vouchers, stamps: balanceOf(entries) };
}

const visits = (n: number, items?: Purchase['items']) =>
  Array.from({ length: n }, (_, i) => buildPurchase({ id: `p${i}`, items }));

describe('stamp card presets', () => {
  it('set a minimum purchase, so a cent does not earn a stamp', () => {
    for (const p of stampCardPresets) expect(p.minimumPurchaseCents, p.id).toBe(100);
    const { program } = programFromPreset(preset('buy-9-get-10th-free'), {
      programId: 'c',
      rewardId: 'r',
      costPriceCents: 100,
      retailValueCents: 300,
    });
    const cent = recordPurchase({
      program,
      purchase: buildPurchase({ id: 'p', amountCents: 1 }),
      entries: [],
      now: NOW,
    });
    expect(cent.ok).toBe(false);
    expect(cent.ok ? null : cent.code).toBe('below_minimum_purchase');
  });

  it('are valid programs with French and English names', () => {
    for (const p of stampCardPresets) {
      const { program, reward } = programFromPreset(p, {
        programId: 'c',
        rewardId: 'r',
        costPriceCents: 1,
        retailValueCents: 2,
      });
      expect(validateProgram(program).ok).toBe(true);
      expect(validateReward(reward, program).ok).toBe(true);
      expect(p.name.fr).not.toBe(p.name.en);
    }
  });

  it('"5 achats = 1 offert": the 5th purchase unlocks the free one', () => {
    expect(play('buy-5-get-1-free', visits(4))).toEqual({ vouchers: 0, stamps: 4 });
    expect(play('buy-5-get-1-free', visits(5))).toEqual({ vouchers: 1, stamps: 0 });
  });

  it('"achetez 9, le 10e offert": 9 paid visits unlock the 10th, on a 10-box card', () => {
    expect(preset('buy-9-get-10th-free').cardBoxes).toBe(10);
    expect(play('buy-9-get-10th-free', visits(8))).toEqual({ vouchers: 0, stamps: 8 });
    expect(play('buy-9-get-10th-free', visits(9))).toEqual({ vouchers: 1, stamps: 0 });
  });

  it('salon: a treatment every 5 coupes, counted per coupe, not per visit', () => {
    const twoCuts = [
      buildItem({ category: 'coupe', quantity: 2 }),
      buildItem({ category: 'soin' }),
    ];
    expect(play('salon-care-every-5-cuts', visits(2, twoCuts))).toEqual({ vouchers: 0, stamps: 4 });
    expect(play('salon-care-every-5-cuts', visits(3, twoCuts))).toEqual({ vouchers: 1, stamps: 1 });
  });

  it('"4 lavages, le 5e offert": the 4th wash unlocks the 5th', () => {
    const wash = [buildItem({ category: 'lavage' })];
    expect(play('car-wash-5th-free', visits(4, wash))).toEqual({ vouchers: 1, stamps: 0 });
  });

  it('consultant: 1 h free per 10 billed hours, e.g. invoices of 4 h, 4 h, 3 h', () => {
    const hours = (h: number) => [
      buildItem({ category: 'heure', quantity: h, unitPriceCents: 9000 }),
    ];
    const invoices = [4, 4, 3].map((h, i) =>
      buildPurchase({ id: `i${i}`, amountCents: h * 9000, items: hours(h) }),
    );
    expect(play('consultant-hour-every-10', invoices)).toEqual({ vouchers: 1, stamps: 1 });
  });
});
