import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { smsMarketingWorks } from '../../../sms/campaign-sms.ts';
import { loadCustomerMetrics } from '../../../use-cases/analytics/load-customer-metrics.ts';
import { createCampaign } from '../../../use-cases/campaigns/create-campaign.ts';
import { getCampaign, listCampaigns } from '../../../use-cases/campaigns/get-campaign.ts';
import { getCampaignResults } from '../../../use-cases/campaigns/get-campaign-results.ts';
import { previewCampaign } from '../../../use-cases/campaigns/preview-campaign.ts';
import { sendCampaign } from '../../../use-cases/campaigns/send-campaign.ts';
import { sendTestCampaign } from '../../../use-cases/campaigns/send-test-campaign.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  Campaign,
  CampaignBody,
  CampaignChannels,
  Preview,
  PreviewBody,
  presentCampaign,
  Results,
} from './campaigns.schemas.ts';

const tags = ['Campaigns'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/campaigns',
  tags,
  summary: 'Campaigns of this business, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responseSchema: z.object({ items: z.array(Campaign) }),
  responseDescription: 'Campaigns',
});

const channels = jsonRoute({
  method: 'get',
  path: '/api/v1/campaign-channels',
  tags,
  summary: 'Which channels this server can send a campaign on (SMS needs a provider hearing STOP)',
  responseSchema: CampaignChannels,
  responseDescription: 'Channels and whether each is available',
});

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/campaigns',
  tags,
  summary: 'Write a campaign (a draft until sent); SMS is refused until a provider exists',
  request: jsonBody(CampaignBody),
  status: 201,
  responseSchema: Campaign,
  responseDescription: 'Created',
});

const preview = jsonRoute({
  method: 'post',
  path: '/api/v1/campaigns/preview',
  tags,
  summary:
    'Count who a campaign would reach and who the consent rules leave out, and render it for one customer',
  request: jsonBody(PreviewBody),
  responseSchema: Preview,
  responseDescription: 'Counts and a sample message (nothing is stored or sent)',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}',
  tags,
  summary: 'One campaign',
  request: { params: IdParams },
  responseSchema: Campaign,
  responseDescription: 'The campaign',
});

const send = jsonRoute({
  method: 'post',
  path: '/api/v1/campaigns/{id}/send',
  tags,
  summary:
    'Send the campaign, once (send Idempotency-Key: a repeat with it replays; another send is 409 campaign_already_sent)',
  request: { params: IdParams },
  responseSchema: Campaign,
  responseDescription: 'Sending: its audience is fixed and messages are being queued in batches',
});

const testSend = jsonRoute({
  method: 'post',
  path: '/api/v1/campaigns/{id}/test',
  tags,
  summary:
    'Send the campaign to yourself, as one customer would receive it: to your email, or for a text to the phone given',
  request: {
    params: IdParams,
    ...jsonBody(
      z.object({
        customerId: z.uuid().optional(),
        phone: z.string().trim().min(1).max(30).optional().openapi({
          description: 'Where a text campaign’s test goes (required for SMS; "06 12 34 56 78")',
        }),
      }),
    ),
  },
  status: 202,
  responseSchema: z.object({
    outboxId: z.string(),
    to: z.string(),
    customerId: z.string().nullable(),
  }),
  responseDescription: 'Queued in the outbox',
});

const results = jsonRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}/results',
  tags,
  summary:
    'Messages sent, failed and unsubscribed, and who came back within 30 days, against the control group',
  request: { params: IdParams },
  responseSchema: Results,
  responseDescription: 'Results with 90 % intervals for the differences',
});

export function registerCampaignRoutes(app: OpenAPIHono<AppEnv>) {
  const deps = (c: Context<AppEnv>) => {
    const { mailer, config } = c.get('services');
    return { mailer, publicUrl: config.publicUrl };
  };
  app.openapi(channels, async (c) => {
    const sms = smsMarketingWorks(c.get('services').mailer);
    return c.json({ email: { available: true }, sms: { available: sms } }, 200);
  });
  app.openapi(list, async (c) => {
    const rows = await listCampaigns(merchantScope(c), c.req.valid('query').limit);
    return c.json({ items: rows.map(presentCampaign) }, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: presentCampaign(await createCampaign(tx, scope, body)),
    })) as never;
  });
  app.openapi(preview, async (c) => {
    return c.json(await previewCampaign(merchantScope(c), c.req.valid('json'), deps(c)), 200);
  });
  app.openapi(get, async (c) => {
    return c.json(
      presentCampaign(await getCampaign(merchantScope(c), c.req.valid('param').id)),
      200,
    );
  });
  app.openapi(send, async (c) => {
    const { id } = c.req.valid('param');
    const scope = merchantScope(c);
    // The figures the segment reads are computed (or taken from the cache) before the write.
    const metrics = await loadCustomerMetrics(scope);
    const response = await runWrite(c, scope, { campaignId: id }, async (tx) => ({
      status: 200,
      body: presentCampaign(await sendCampaign(tx, scope, id, { ...deps(c), metrics })),
    }));
    c.get('services').mailer.nudge();
    return response as never;
  });
  app.openapi(testSend, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await sendTestCampaign(merchantScope(c), id, c.req.valid('json'), deps(c)), 202);
  });
  app.openapi(results, async (c) => {
    return c.json(await getCampaignResults(merchantScope(c), c.req.valid('param').id), 200);
  });
}
