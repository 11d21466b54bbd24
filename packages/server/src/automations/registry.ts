import type { Occasion } from './occasion.ts';
import { welcome } from './occasions/welcome.ts';

/**
 * Every automation a shop can switch on, in the order the app shows them. An occasion is one
 * file in `occasions/` and one line here.
 */
export const OCCASIONS: readonly Occasion<unknown>[] = [welcome];

/** The occasion with this id, or undefined. */
export function findOccasion(id: string): Occasion<unknown> | undefined {
  return OCCASIONS.find((o) => o.id === id);
}
