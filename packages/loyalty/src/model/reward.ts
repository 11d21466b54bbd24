import type { LocalizedText } from './program.ts';

/**
 * A reward of a program. `cost` is in the program's unit (stamps or points); for a stamp card
 * it equals `stampsPerCard`.
 */
export interface Reward {
  readonly id: string;
  readonly programId: string;
  readonly name: LocalizedText;
  readonly cost: number;
  /** What giving it away costs the merchant (cost of goods, not list price). */
  readonly costPriceCents: number;
  /** What the customer would pay for it. */
  readonly retailValueCents: number;
  /** Archived rewards can no longer be bought with points; vouchers already issued stay valid. */
  readonly archived?: boolean | undefined;
}
