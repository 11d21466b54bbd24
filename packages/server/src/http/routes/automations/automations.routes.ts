import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getAutomationResults } from '../../../use-cases/automations/get-automation-results.ts';
import { listAutomations } from '../../../use-cases/automations/list-automations.ts';
import { previewAutomation } from '../../../use-cases/automations/preview-automation.ts';
import { runAutomationsNow } from '../../../use-cases/automations/run-automations-now.ts';
import { updateAutomation } from '../../../use-cases/automations/update-automation.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  Automation,
  AutomationChanges,
  AutomationParams,
  AutomationPreview,
  AutomationResults,
  PreviewQuery,
} from './automations.schemas.ts';

const tags = ['Automations'];

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/automations',
  tags,
  summary: 'Every automation with its state: on or off, wording, parameters, last and next run',
  responseSchema: z.object({ items: z.array(Automation) }),
  responseDescription: 'Automations, in the order the app shows them',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/automations/{automation}',
  tags,
  summary: 'Switch an automation on or off, change its wording, parameters or control share',
  request: { params: AutomationParams, ...jsonBody(AutomationChanges) },
  responseSchema: Automation,
  responseDescription: 'The automation as it now stands',
});

const preview = jsonRoute({
  method: 'get',
  path: '/api/v1/automations/{automation}/preview',
  tags,
  summary:
    'Who will get it next week (count and first names) and the message as one of them would read it',
  request: { params: AutomationParams, query: PreviewQuery },
  responseSchema: AutomationPreview,
  responseDescription: 'Nothing is stored or sent',
});

const results = jsonRoute({
  method: 'get',
  path: '/api/v1/automations/{automation}/results',
  tags,
  summary:
    'Messages sent over the last year and who came back within 30 days, against the control group',
  request: { params: AutomationParams },
  responseSchema: AutomationResults,
  responseDescription: 'Results with 90 % intervals for the differences',
});

const runNow = jsonRoute({
  method: 'post',
  path: '/api/v1/automations/run',
  tags,
  summary: 'Run today’s automations now (each occasion is still handled once)',
  status: 202,
  responseSchema: z.object({ day: z.string(), enqueued: z.number().int() }),
  responseDescription: 'One run per automation switched on, queued on the job runner',
});

export function registerAutomationRoutes(app: OpenAPIHono<AppEnv>) {
  const deps = (c: Context<AppEnv>) => {
    const { mailer, config } = c.get('services');
    return { mailer, publicUrl: config.publicUrl };
  };
  app.openapi(list, async (c) => {
    return c.json({ items: await listAutomations(merchantScope(c)) }, 200);
  });
  app.openapi(update, async (c) => {
    const { automation } = c.req.valid('param');
    const scope = merchantScope(c);
    const { mailer, publicUrl } = deps(c);
    await updateAutomation(scope, automation, c.req.valid('json'), {
      publicUrl,
      sendsSms: mailer.sendsSms,
    });
    const items = await listAutomations(scope);
    return c.json(items.find((a) => a.id === automation)!, 200);
  });
  app.openapi(preview, async (c) => {
    const { automation } = c.req.valid('param');
    return c.json(
      await previewAutomation(merchantScope(c), automation, c.req.valid('query'), deps(c)),
      200,
    );
  });
  app.openapi(results, async (c) => {
    return c.json(
      await getAutomationResults(merchantScope(c), c.req.valid('param').automation),
      200,
    );
  });
  app.openapi(runNow, async (c) => {
    const outcome = await runAutomationsNow(merchantScope(c), deps(c));
    return c.json(outcome, 202);
  });
}
