import type { components } from '../../api/schema.d.ts';

export type Customer = components['schemas']['Customer'];
export type CardProgram = components['schemas']['CardProgram'];
export type PurchaseResult = components['schemas']['PurchaseResult'];
export type RedemptionResult = components['schemas']['RedemptionResult'];
export type Program = components['schemas']['Program'];

/** "Léa Martin", else the phone or email, so nobody shows up blank. */
export function displayName(c: Pick<Customer, 'firstName' | 'lastName' | 'phone' | 'email'>) {
  return [c.firstName, c.lastName].filter(Boolean).join(' ') || c.phone || c.email || '';
}
