import { RFM_SEGMENT_LABELS, type RfmSegment } from '@habitue/analytics';
import { z } from '@hono/zod-openapi';
import { MAX_CONTROL_SHARE } from '../../../campaigns/control-group.ts';
import { MERGE_FIELDS } from '../../../campaigns/merge-fields.ts';
import type { CampaignRow } from '../../../repositories/campaigns.ts';

const RFM_SEGMENTS = Object.keys(RFM_SEGMENT_LABELS) as [RfmSegment, ...RfmSegment[]];
const Day = z.iso.date().openapi({ example: '2026-09-01' });
const Ids = z.array(z.uuid()).min(1).max(100);

/** Limits of what an owner writes; the web app reads them from the OpenAPI document. */
export const CAMPAIGN_LIMITS = { name: 200, subject: 200, body: 20_000 } as const;

export const Segment = z
  .object({
    rfmSegments: z.array(z.enum(RFM_SEGMENTS)).min(1).optional(),
    pAliveBelow: z.number().gt(0).max(1).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).min(1).max(50).optional(),
    tiers: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
    lastVisitBefore: Day.optional(),
    lastVisitAfter: Day.optional(),
    minSpendCents: z.number().int().min(0).max(1_000_000_000).optional(),
    birthdayMonth: z.number().int().min(1).max(12).optional(),
    programIds: Ids.optional(),
    crossSellItem: z.string().trim().min(1).max(200).optional().openapi({
      description:
        'Customers to whom this item (SKU or name) is "à proposer" (GET /api/v1/cross-sell/rules)',
    }),
  })
  .strict()
  .openapi('CampaignSegment', {
    description:
      'Every key present narrows the audience; absent keys do not; {} is every customer the ' +
      'consent rules allow. Dates are the shop’s local days, bounds exclusive.',
  });

export const CampaignChannel = z.enum(['email', 'sms']).openapi('CampaignChannel');

export const CampaignBody = z.object({
  name: z.string().trim().min(1).max(CAMPAIGN_LIMITS.name),
  channel: CampaignChannel,
  segment: Segment,
  subject: z.string().trim().min(1).max(CAMPAIGN_LIMITS.subject),
  body: z
    .string()
    .trim()
    .min(1)
    .max(CAMPAIGN_LIMITS.body)
    .openapi({
      description:
        'Markdown with merge fields {{prenom}}, {{solde}}, {{prochaine_recompense}}, ' +
        '{{lien_carte}}, {{boutique}} (fallback after a bar: {{prenom|à vous}})',
    }),
  controlShare: z.number().min(0).max(MAX_CONTROL_SHARE).optional().openapi({
    description: 'Share of the audience drawn at random and not sent, to measure against',
  }),
});

export const PreviewBody = CampaignBody.omit({ name: true }).extend({
  customerId: z.uuid().optional(),
});

const Exclusions = z
  .object({
    no_address: z.number().int(),
    withdrawn: z.number().int(),
    no_consent: z.number().int(),
  })
  .openapi('CampaignExclusions');

export const Campaign = z
  .object({
    id: z.string(),
    name: z.string(),
    channel: CampaignChannel,
    segment: Segment,
    subject: z.string(),
    body: z.string(),
    controlShare: z.number(),
    status: z.enum(['draft', 'sending', 'sent']),
    excluded: Exclusions.partial(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Campaign');

export const presentCampaign = (r: CampaignRow): z.infer<typeof Campaign> => ({
  id: r.id,
  name: r.name,
  channel: r.channel,
  segment: r.segment as z.infer<typeof Segment>,
  subject: r.subject,
  body: r.body,
  controlShare: r.control_share,
  status: r.status,
  excluded: r.excluded,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
  finishedAt: r.finished_at?.toISOString() ?? null,
});

const MergeField = z.enum(MERGE_FIELDS).openapi('CampaignMergeField');

export const Preview = z
  .object({
    mergeFields: z.array(MergeField).openapi({ description: 'The merge fields a body may use' }),
    recipients: z.number().int(),
    controlEstimate: z.number().int(),
    excluded: Exclusions,
    sample: z
      .object({
        customerId: z.string(),
        subject: z.string(),
        text: z.string(),
        html: z.string(),
      })
      .nullable(),
    sms: z
      .object({
        encoding: z.enum(['gsm7', 'ucs2']).openapi({
          description: 'gsm7: 160 characters per text; ucs2 (a character outside GSM 03.38): 70',
        }),
        units: z.number().int().openapi({ description: 'Characters as counted by the encoding' }),
        segments: z.number().int().openapi({ description: 'Texts billed by the provider' }),
        single: z.number().int().openapi({ description: 'Most characters in one text' }),
        perPart: z.number().int().openapi({ description: 'Characters per part of a longer one' }),
      })
      .nullable()
      .openapi({
        description:
          'For a text: its size with the STOP mention (the short code counted as 5 digits), as the sample customer (or nobody) would receive it',
      }),
  })
  .openapi('CampaignPreview');

export const CampaignChannels = z
  .object({
    email: z.object({ available: z.boolean() }),
    sms: z.object({
      available: z.boolean().openapi({
        description:
          'An SMS provider with STOP handling is configured (SMS_PROVIDER, SMS_WEBHOOK_TOKEN)',
      }),
    }),
  })
  .openapi('CampaignChannels');

const Interval = z.object({ low: z.number(), high: z.number() }).nullable();
export const Difference = z.object({ difference: z.number().nullable(), interval90: Interval });
export const Group = z.object({
  customers: z.number().int(),
  cameBack: z.number().int(),
  visits: z.number().int(),
  revenueCents: z.number().int(),
});

export const Results = z
  .object({
    campaignId: z.string(),
    status: z.enum(['draft', 'sending', 'sent']),
    sentAt: z.string().nullable(),
    windowDays: z.number().int(),
    windowEndsAt: z.string().nullable(),
    windowComplete: z.boolean(),
    excluded: Exclusions.partial(),
    messages: z.object({
      queued: z.number().int(),
      held: z.number().int().openapi({ description: 'Kept in the outbox: no SMTP configured' }),
      sent: z.number().int(),
      failed: z.number().int(),
      skipped: z.number().int().openapi({ description: 'Consent withdrawn before their turn' }),
      pending: z.number().int(),
      unsubscribed: z.number().int(),
    }),
    sentGroup: Group,
    controlGroup: Group,
    difference: z
      .object({
        cameBackShare: Difference,
        visitsPerCustomer: Difference,
        revenuePerCustomerCents: Difference,
      })
      .nullable(),
  })
  .openapi('CampaignResults');
