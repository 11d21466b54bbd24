import { z } from '@hono/zod-openapi';
import type { PromoCodeRow } from '../../../repositories/promo-codes.ts';

const Day = z.iso.date().openapi({ example: '2026-12-24' });

/** What a promo code takes off and when it may be used; the limits the web form reads. */
const fields = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(32)
    .regex(/^[\p{L}\p{N}_-]+$/u)
    .openapi({ example: 'NOEL10', description: 'Letters, digits, - and _; stored upper-cased' }),
  percentOff: z.number().int().min(1).max(100).nullable(),
  amountOffCents: z.number().int().min(1).max(100_000_000).nullable(),
  minimumPurchaseCents: z.number().int().min(1).max(100_000_000).nullable(),
  startsOn: Day.nullable().openapi({ description: 'First day (shop’s calendar), included' }),
  endsOn: Day.nullable().openapi({ description: 'Last day (shop’s calendar), included' }),
  maxUses: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .nullable()
    .openapi({ description: '1 = single use; null = unlimited' }),
  perCustomerLimit: z.number().int().min(1).max(1_000).nullable(),
};

export const PromoCodeBody = z
  .object(fields)
  .refine((v) => (v.percentOff === null) !== (v.amountOffCents === null), {
    message: 'give exactly one of percentOff or amountOffCents',
    path: ['percentOff'],
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
    message: 'must be on or after startsOn',
    path: ['endsOn'],
  })
  .openapi('PromoCodeInput');

export const PromoCodeChangesBody = z
  .object(fields)
  .partial()
  .extend({ archived: z.boolean().optional().openapi({ description: 'true: no longer usable' }) })
  .openapi('PromoCodeChanges');

export const PromoCode = z
  .object({
    id: z.string(),
    ...fields,
    code: z.string(),
    uses: z.number().int().openapi({ description: 'Purchases that used it so far' }),
    archived: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('PromoCode');

export function presentPromoCode(row: PromoCodeRow & { uses: number }) {
  return {
    id: row.id,
    code: row.code,
    percentOff: row.percent_off,
    amountOffCents: row.amount_off_cents === null ? null : Number(row.amount_off_cents),
    minimumPurchaseCents:
      row.minimum_purchase_cents === null ? null : Number(row.minimum_purchase_cents),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    maxUses: row.max_uses,
    perCustomerLimit: row.per_customer_limit,
    uses: row.uses,
    archived: row.archived_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
