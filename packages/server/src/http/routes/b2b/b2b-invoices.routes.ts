import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getB2bAccountFigures } from '../../../use-cases/b2b/get-b2b-account-figures.ts';
import { getB2bAccountHistory } from '../../../use-cases/b2b/get-b2b-account-history.ts';
import { listAccountInvoices } from '../../../use-cases/b2b/list-invoices.ts';
import { markInvoicePaid } from '../../../use-cases/b2b/mark-invoice-paid.ts';
import { recordInvoice } from '../../../use-cases/b2b/record-invoice.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  AccountParams,
  Day,
  Invoice,
  InvoiceInput,
  InvoiceParams,
  presentInvoice,
} from './b2b.schemas.ts';

const tags = ['B2B accounts'];
const Cents = z.number().int();

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/b2b-accounts/{id}/invoices',
  tags,
  summary: "An account's invoices, the latest issued first",
  request: { params: AccountParams },
  responseSchema: z.object({ items: z.array(Invoice) }),
  responseDescription: 'Invoices',
});

const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: Invoice } },
});

// Two successes: 201 for a new invoice, 200 for the same invoice sent again.
const record = createRoute({
  method: 'post',
  path: '/api/v1/b2b-accounts/{id}/invoices',
  tags,
  summary: 'Enter an invoice; the same number with the same content again changes nothing',
  security: SECURITY,
  request: { params: AccountParams, ...jsonBody(InvoiceInput) },
  responses: {
    201: json('Entered'),
    200: json('Already entered, unchanged'),
    ...STANDARD_ERRORS,
  },
});

const pay = jsonRoute({
  method: 'patch',
  path: '/api/v1/b2b-accounts/{id}/invoices/{invoiceId}',
  tags,
  summary: 'Record the day an invoice was paid (null: unpaid)',
  request: {
    params: InvoiceParams,
    ...jsonBody(z.object({ paidOn: Day.nullable() }).openapi('InvoicePayment')),
  },
  responseSchema: Invoice,
  responseDescription: 'Changed',
});

const figures = jsonRoute({
  method: 'get',
  path: '/api/v1/b2b-accounts/{id}/figures',
  tags,
  summary: 'Payment quality, profitability index and purchase potential (managers and owners)',
  request: { params: AccountParams },
  responseSchema: z
    .object({
      asOf: z.string().openapi({ description: "The shop's local day of the figures" }),
      payment: z.object({
        invoices: z.number().int(),
        due: z.number().int(),
        late: z.number().int(),
        lateShare: z.number().nullable(),
        averageDaysLate: z.number(),
        outstandingCents: Cents,
        overdueCents: Cents,
        overdueInvoices: z.number().int(),
      }),
      profitability: z.object({
        netSpendCents: Cents,
        marginRate: z.number(),
        marginCents: Cents,
        servingCostCents: Cents,
        servingCostComplete: z.boolean(),
        profitCents: Cents,
        profitRate: z.number().nullable(),
      }),
      potential: z.object({
        missing: z.array(
          z.object({
            category: z.string(),
            buyers: z.number().int(),
            typicalAnnualCents: Cents,
          }),
        ),
        comparableAccounts: z.number().int(),
        potentialCents: Cents,
        source: z.enum(['owner', 'comparable_accounts', 'none']),
      }),
      annualVolumeCents: Cents,
      customerSince: z.string().nullable(),
    })
    .openapi('B2bAccountFigures'),
  responseDescription: 'Figures',
});

const history = jsonRoute({
  method: 'get',
  path: '/api/v1/b2b-accounts/{id}/history',
  tags,
  summary: 'The history of the relationship: purchases, refunds, interactions, invoices',
  request: {
    params: AccountParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  responseSchema: z.object({
    items: z.array(
      z.object({
        kind: z.enum(['purchase', 'refund', 'interaction', 'invoice_issued', 'invoice_paid']),
        at: z.string().openapi({ description: 'An instant, or a day for invoices' }),
        customerId: z.string().nullable(),
        amountCents: Cents.nullable(),
        detail: z.string().nullable().openapi({
          description: "The interaction's kind, or the invoice's number",
        }),
      }),
    ),
  }),
  responseDescription: 'History',
});

export function registerB2bInvoiceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listAccountInvoices(merchantScope(c), c.req.valid('param').id);
    return c.json({ items: rows.map(presentInvoice) }, 200);
  });
  app.openapi(record, async (c) => {
    const scope = merchantScope(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return runWrite(c, scope, { id, ...input }, async (tx) => {
      const { invoice, created } = await recordInvoice(tx, scope, id, input);
      return { status: created ? 201 : 200, body: presentInvoice(invoice) };
    }) as never;
  });
  app.openapi(pay, async (c) => {
    const scope = merchantScope(c);
    const { id, invoiceId } = c.req.valid('param');
    const { paidOn } = c.req.valid('json');
    return runWrite(c, scope, { id, invoiceId, paidOn }, async (tx) => ({
      status: 200,
      body: presentInvoice(await markInvoicePaid(tx, scope, id, invoiceId, paidOn)),
    })) as never;
  });
  app.openapi(figures, async (c) => {
    const found = await getB2bAccountFigures(merchantScope(c), c.req.valid('param').id);
    return c.json(
      { ...found, potential: { ...found.potential, missing: [...found.potential.missing] } },
      200,
    );
  });
  app.openapi(history, async (c) => {
    const rows = await getB2bAccountHistory(
      merchantScope(c),
      c.req.valid('param').id,
      c.req.valid('query').limit,
    );
    return c.json(
      {
        items: rows.map((r) => ({
          kind: r.kind,
          at: r.at,
          customerId: r.customer_id,
          amountCents: r.amount_cents,
          detail: r.detail,
        })),
      },
      200,
    );
  });
}
