import { z } from '@hono/zod-openapi';
import type { B2bAccountRow } from '../../../repositories/b2b-accounts.ts';
import type { InvoiceRow } from '../../../repositories/b2b-invoices.ts';
import { IdParams, Uuid } from '../openapi.ts';

export const Day = z.iso.date().openapi({ example: '2026-12-06' });
const Cents = z.number().int();

export const AccountParams = IdParams;
export const ContactParams = IdParams.extend({
  customerId: Uuid.openapi({ param: { name: 'customerId', in: 'path' } }),
});
export const InvoiceParams = IdParams.extend({
  invoiceId: Uuid.openapi({ param: { name: 'invoiceId', in: 'path' } }),
});

export const B2bAccountInput = z
  .object({
    companyName: z.string().max(200),
    companyNumber: z.string().max(30).nullable().optional().openapi({
      description: 'SIREN (9 digits) or SIRET (14 digits), spaces allowed; checked (Luhn key)',
      example: '732 829 320 00074',
    }),
    address: z.string().max(500).nullable().optional(),
    paymentTermsDays: z.number().int().min(0).max(365).optional().openapi({
      description: 'Days between an invoice and its due date; 30 when not given',
    }),
    potentialEstimateCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000_000)
      .nullable()
      .optional()
      .openapi({
        description: "The owner's estimate of what the account could buy more each year",
      }),
  })
  .openapi('B2bAccountInput');

export const B2bAccount = z
  .object({
    id: z.string(),
    companyName: z.string(),
    siren: z.string().nullable(),
    siret: z.string().nullable(),
    address: z.string().nullable(),
    paymentTermsDays: z.number().int(),
    potentialEstimateCents: Cents.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('B2bAccount');

export const B2bContact = z
  .object({
    customerId: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    addedAt: z.string(),
  })
  .openapi('B2bContact');

export const InvoiceInput = z
  .object({
    number: z
      .string()
      .min(1)
      .max(50)
      .openapi({ description: 'Identifies the invoice in the account' }),
    amountCents: z.number().int().min(1).max(10_000_000_000),
    issuedOn: Day,
    dueOn: Day.optional().openapi({
      description: "The issue date + the account's payment terms when left out",
    }),
    paidOn: Day.nullable().optional(),
  })
  .openapi('InvoiceInput');

export const Invoice = z
  .object({
    id: z.string(),
    accountId: z.string(),
    number: z.string(),
    amountCents: Cents,
    issuedOn: z.string(),
    dueOn: z.string(),
    paidOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Invoice');

export function presentAccount(row: B2bAccountRow) {
  return {
    id: row.id,
    companyName: row.company_name,
    siren: row.siren,
    siret: row.siret,
    address: row.address,
    paymentTermsDays: row.payment_terms_days,
    potentialEstimateCents: row.potential_estimate_cents,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentInvoice(row: InvoiceRow) {
  return {
    id: row.id,
    accountId: row.account_id,
    number: row.number,
    amountCents: row.amount_cents,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    paidOn: row.paid_on,
    createdAt: row.created_at.toISOString(),
  };
}
