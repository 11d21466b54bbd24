import type { components } from '../../api/schema.d.ts';

export type CustomerValue = components['schemas']['CustomerValue'];
export type CustomerDetail = components['schemas']['CustomerDetail'];
export type PurchaseHistory = components['schemas']['PurchaseHistory'];
export type CardProgram = components['schemas']['CardProgram'];

export function fullName(c: { firstName: string | null; lastName: string | null }) {
  return [c.firstName, c.lastName].filter(Boolean).join(' ');
}
