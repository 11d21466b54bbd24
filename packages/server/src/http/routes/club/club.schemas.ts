import { CLUB_LIMITS } from '@habitue/loyalty';
import { z } from '@hono/zod-openapi';

const Period = z.enum(['monthly', 'yearly']).openapi({ description: 'What one fee pays for' });

export const ClubBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(CLUB_LIMITS.nameMaxLength)
      .openapi({ example: 'Club des lecteurs' }),
    period: Period,
    feeCents: z.number().int().min(1).max(CLUB_LIMITS.feeCentsMax).openapi({ example: 1500 }),
    discountPercent: z.number().int().min(0).max(CLUB_LIMITS.discountPercentMax).openapi({
      description: 'Percent off every purchase while the membership runs',
      example: 10,
    }),
    perks: z
      .array(z.string().trim().min(1).max(CLUB_LIMITS.perkMaxLength))
      .max(CLUB_LIMITS.perksMax)
      .openapi({ example: ['Invitations aux rencontres d’auteurs'] }),
    graceDays: z.number().int().min(0).max(CLUB_LIMITS.graceDaysMax).openapi({ example: 7 }),
    reminderDays: z.number().int().min(0).max(CLUB_LIMITS.reminderDaysMax).openapi({ example: 7 }),
    active: z
      .boolean()
      .optional()
      .openapi({ description: 'false: no new fee is taken; running memberships run to their end' }),
  })
  .strict()
  .openapi('ClubSettings');

const Club = ClubBody.extend({ active: z.boolean(), updatedAt: z.string() });

export const ClubResult = z.object({ club: Club.nullable() }).openapi('Club');

const LocalDate = z
  .string()
  .openapi({ example: '2027-01-10', description: 'YYYY-MM-DD, shop time' });

export const MembershipState = z.enum(['none', 'active', 'grace', 'ending', 'lapsed']).openapi({
  description:
    '`grace`: past the renewal date, still a member for the grace days; `ending`: cancelled, ' +
    'a member until the renewal date; `lapsed`: the membership ended',
});

export const Membership = z
  .object({
    state: MembershipState,
    isMember: z.boolean(),
    since: LocalDate.nullable(),
    renewsOn: LocalDate.nullable().openapi({ description: 'End of the time paid for' }),
    endsOn: LocalDate.nullable().openapi({
      description: 'When the benefits stop if nothing more is paid',
    }),
    cancelledOn: LocalDate.nullable(),
    discountPercent: z.number().int(),
  })
  .openapi('ClubMembership');

export const CustomerClubResult = z
  .object({
    club: z
      .object({
        name: z.string(),
        feeCents: z.number().int(),
        period: Period,
        perks: z.array(z.string()),
        active: z.boolean(),
      })
      .nullable(),
    membership: Membership.nullable(),
    payments: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        amountCents: z.number().int(),
        method: z.enum(['cash', 'card', 'other']),
      }),
    ),
  })
  .openapi('CustomerClub');

export const ClubPaymentBody = z
  .object({
    method: z
      .enum(['cash', 'card', 'other'])
      .openapi({ description: 'How the fee was paid, as the cashier noted it' }),
  })
  .strict()
  .openapi('ClubPaymentInput');

export const ClubPaymentResult = z
  .object({
    paymentId: z.string(),
    customerId: z.string(),
    amountCents: z.number().int(),
    period: Period,
    method: z.enum(['cash', 'card', 'other']),
    renewed: z.boolean().openapi({ description: 'The customer was already a member' }),
    membership: Membership,
  })
  .openapi('ClubPayment');

export const ClubCancelResult = z
  .object({ customerId: z.string(), membership: Membership })
  .openapi('ClubCancellation');

export const ClubMembersQuery = z.object({
  state: MembershipState.optional(),
  lapsingWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .openapi({ description: 'Only memberships to renew within this many days (not cancelled)' }),
});

export const ClubMembersResult = z
  .object({
    items: z.array(
      Membership.extend({
        customerId: z.string(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        paidCents: z.number().int().openapi({ description: 'Fees paid in all' }),
      }),
    ),
  })
  .openapi('ClubMembers');

export const ClubReportResult = z
  .object({
    report: z
      .object({
        members: z.number().int(),
        revenueCents: z.number().int(),
        months: z.array(
          z.object({
            month: z.string().openapi({ example: '2026-11' }),
            revenueCents: z.number().int(),
            joins: z.number().int(),
            renewals: z.number().int(),
            lapses: z.number().int(),
          }),
        ),
        comparison: z.object({
          from: z.string().openapi({
            description:
              'First day of the period compared (YYYY-MM-DD, shop time); it runs to today',
          }),
          extraSpendPerMemberCents: z
            .number()
            .int()
            .nullable()
            .openapi({
              description:
                'Spend of members minus that of comparable non-members (same spend before, same ' +
                'seniority), per member over the period; null when no member can be matched',
            }),
          standardErrorCents: z.number().int().nullable(),
          members: z.number().int(),
          matchedMembers: z.number().int(),
        }),
      })
      .nullable(),
  })
  .openapi('ClubReport');

/** What a card (public or the shop's) carries about the club and the cause. */
export const ClubAndCauseCardFields = {
  club: Membership.extend({ name: z.string(), perks: z.array(z.string()) })
    .nullable()
    .openapi({
      description: 'The membership, null when the shop has no club or the customer never joined',
    }),
  cause: z
    .object({
      name: z.string(),
      givenCents: z
        .number()
        .int()
        .openapi({ description: "What the customer's purchases gave to it, net of refunds" }),
    })
    .nullable()
    .openapi({ description: 'The cause the purchases support, null when the shop has none' }),
};

/** The club's and the cause's part of a customer's access export. */
export const ClubAndCauseDataFields = {
  clubEvents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['payment', 'cancellation']),
      occurredAt: z.string(),
      amountCents: z.number().int().nullable(),
      method: z.enum(['cash', 'card', 'other']).nullable(),
    }),
  ),
  causeShares: z.array(
    z.object({
      purchaseId: z.string(),
      refundId: z.string().nullable(),
      cause: z.string(),
      amountCents: z.number().int(),
      occurredAt: z.string(),
    }),
  ),
};
