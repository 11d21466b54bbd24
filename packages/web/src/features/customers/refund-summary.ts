import type { components } from '../../api/schema.d.ts';

type RefundResult = components['schemas']['RefundResult'];

export type RefundEffect = {
  programId: string;
  programName: { fr: string; en: string };
  unit: 'stamps' | 'points';
  /** Taken back from the balance by this refund. */
  taken: number;
  /** What this refund could not take back (the points or stamps were already spent). */
  owedNow: number;
  /** Everything the customer owes on this program, this refund included. */
  owedTotal: number;
};

/**
 * What a refund did to each program, with units: taken back, and still owed because the
 * purchase's points or stamps had already been spent (settled by hand, never from future
 * earnings).
 * @example refundEffects(r) // [{ programName: …, unit: 'points', taken: 1, owedNow: 44, owedTotal: 44 }]
 */
export function refundEffects(result: RefundResult): RefundEffect[] {
  return result.reversed
    .map((r) => {
      const program = result.card.find((p) => p.programId === r.programId);
      return {
        programId: r.programId,
        programName: program?.programName ?? { fr: '', en: '' },
        unit: program?.unit ?? 'points',
        taken: r.amount,
        owedNow: r.shortfall,
        owedTotal: program?.clawbackOwed ?? r.shortfall,
      };
    })
    .filter((e) => e.taken > 0 || e.owedNow > 0);
}
