import { z } from '@hono/zod-openapi';
import { MAX_CONTROL_SHARE } from '../../../campaigns/control-group.ts';
import { CampaignChannel, Difference, Group } from '../campaigns/campaigns.schemas.ts';

/** Limits of what an owner writes; the web app reads them from the OpenAPI document. */
export const AUTOMATION_LIMITS = { subject: 200, body: 5000 } as const;

export const AutomationParams = z.object({
  automation: z
    .string()
    .max(60)
    .openapi({ param: { name: 'automation', in: 'path' }, example: 'welcome' }),
});

const Wording = z.object({ subject: z.string(), body: z.string() });

export const Automation = z
  .object({
    id: z.string().openapi({ example: 'welcome' }),
    kind: z.enum(['transactional', 'marketing']).openapi({
      description:
        'Marketing needs the channel’s consent at send time and carries an unsubscribe link',
    }),
    enabled: z.boolean(),
    channel: CampaignChannel,
    subject: z.string(),
    body: z.string(),
    customWording: z.boolean(),
    defaultWording: Wording,
    mergeFields: z.array(z.string()),
    parameters: z.record(z.string(), z.unknown()),
    ready: z.boolean().openapi({ description: 'False while a parameter it needs is missing' }),
    controlShare: z.number(),
    enabledAt: z.string().nullable(),
    lastRun: z
      .object({
        at: z.string(),
        status: z.enum(['queued', 'running', 'succeeded', 'failed']),
        error: z.string().nullable(),
      })
      .nullable(),
    nextRunAt: z.string().nullable(),
    lastMessageAt: z.string().nullable(),
    queuedLast30Days: z.number().int(),
  })
  .openapi('Automation');

export const AutomationChanges = z
  .object({
    enabled: z.boolean().optional(),
    channel: CampaignChannel.optional(),
    subject: z.string().trim().min(1).max(AUTOMATION_LIMITS.subject).nullable().optional(),
    body: z.string().trim().min(1).max(AUTOMATION_LIMITS.body).nullable().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    controlShare: z.number().min(0).max(MAX_CONTROL_SHARE).optional(),
  })
  .strict()
  .openapi('AutomationChanges', {
    description: 'Absent keys stay as they are; subject or body null goes back to the default',
  });

export const PreviewQuery = z.object({
  subject: z.string().max(AUTOMATION_LIMITS.subject).optional(),
  body: z.string().max(AUTOMATION_LIMITS.body).optional(),
});

export const AutomationPreview = z
  .object({
    automation: z.string(),
    from: z.string(),
    to: z.string(),
    count: z.number().int(),
    firstNames: z.array(z.string()),
    sample: z
      .object({
        customerId: z.string().nullable(),
        subject: z.string(),
        text: z.string(),
        html: z.string(),
      })
      .nullable(),
  })
  .openapi('AutomationPreview');

export const AutomationResults = z
  .object({
    automation: z.string(),
    since: z.string(),
    windowDays: z.number().int(),
    messages: z.object({
      queued: z.number().int(),
      held: z.number().int(),
      sent: z.number().int(),
      failed: z.number().int(),
      unsubscribed: z.number().int(),
      clicked: z.number().int().openapi({
        description: 'Customers who followed the card link (no open tracking)',
      }),
    }),
    skipped: z.object({
      noConsent: z.number().int(),
      withdrawn: z.number().int(),
      noAddress: z.number().int(),
    }),
    control: z.number().int(),
    pendingMeasure: z.number().int(),
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
  .openapi('AutomationResults');
