import { z } from '@hono/zod-openapi';
import { Customer } from '../customers/customers.schemas.ts';

const Balance = z.object({
  programId: z.string(),
  balance: z.number().int(),
  unit: z.enum(['stamps', 'points']),
});

export const DuplicateReason = z
  .enum(['email', 'phone', 'name_birthday'])
  .openapi('DuplicateReason', {
    description:
      'Why two customers look like one person: the same email, the same phone, or the same first and last name with the same birthday',
  });

const MergeCandidate = Customer.extend({
  purchases: z.number().int(),
  spentCents: z.number().int(),
  notes: z.number().int(),
  interactions: z.number().int(),
  tags: z.array(z.string()),
  openVouchers: z.number().int(),
  balances: z.array(Balance).openapi({ description: 'Non-zero balances only' }),
}).openapi('MergeCandidate');

export const Duplicates = z
  .object({
    items: z.array(
      z.object({
        reasons: z.array(DuplicateReason).min(1),
        customers: z
          .tuple([MergeCandidate, MergeCandidate])
          .openapi({ description: 'The older customer first: the natural survivor' }),
      }),
    ),
  })
  .openapi('DuplicateCustomers');

export const MergeBody = z
  .object({
    duplicateId: z.uuid().openapi({
      description: 'The customer merged into the one in the path, which survives',
    }),
  })
  .openapi('CustomerMergeInput');

export const MergeResult = z
  .object({
    survivorId: z.string(),
    duplicateId: z.string(),
    mergedAt: z.string(),
    moved: z.object({
      balances: z.array(z.object({ programId: z.string(), amount: z.number().int() })),
      vouchers: z.number().int(),
      purchases: z.number().int(),
      notes: z.number().int(),
      interactions: z.number().int(),
      consents: z.number().int(),
      tags: z.number().int(),
    }),
  })
  .openapi('CustomerMerge');
