import { createHash, timingSafeEqual } from 'node:crypto';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../../errors/app-error.ts';
import { recordSmsStop, type SmsStop } from '../../../use-cases/sms/record-sms-stop.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';

/**
 * One transactional SMS event as Brevo's webhook posts it (developers.brevo.com, "Transactional
 * webhooks", SMS): the recipient in international form without "+" (`to`), `msg_status`, the
 * `messageId`, and for a reply its text (`reply`). Other fields are ignored.
 */
const BrevoSmsEvent = z
  .object({
    to: z.string().max(40).openapi({ example: '33639981234' }),
    msg_status: z.string().max(40).openapi({ example: 'unsubscribed' }),
    messageId: z.union([z.number(), z.string().max(60)]).optional(),
    reply: z.string().max(2000).optional(),
  })
  .loose()
  .openapi('BrevoSmsEvent');

/** Where Brevo's SMS webhook posts (README: `SMS_WEBHOOK_TOKEN`). */
export const SMS_EVENTS_PATH = '/api/v1/sms/brevo/events';

const events = jsonRoute({
  method: 'post',
  path: SMS_EVENTS_PATH,
  tags: ['Public'],
  summary:
    "Brevo's SMS webhook (channel sms, events unsubscribed and replied; batched or not): a STOP withdraws SMS consent of the customers with that phone at every shop that texted it. Authenticated by the operator's SMS_WEBHOOK_TOKEN as a bearer token",
  request: jsonBody(z.union([BrevoSmsEvent, z.array(BrevoSmsEvent).max(1000)])),
  public: true,
  responseSchema: z
    .object({
      withdrawn: z
        .number()
        .int()
        .openapi({ description: 'Customers whose SMS consent was withdrawn' }),
      ignored: z.number().int().openapi({ description: 'Events that are not a STOP' }),
    })
    .openapi('SmsEventsReceived'),
  responseDescription: 'Received',
});

/** What a provider event means for consent: a STOP, or nothing. */
export function stopOf(event: z.infer<typeof BrevoSmsEvent>): SmsStop | null {
  const digits = event.to.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 8) return null;
  const reference = event.messageId === undefined ? null : String(event.messageId);
  const status = event.msg_status.toLowerCase();
  if (status === 'unsubscribed' || status === 'unsubscribe' || status === 'blacklisted') {
    return { phone: `+${digits}`, how: 'unsubscribed', reference };
  }
  if (status === 'replied' && /^\s*stop\b/i.test(event.reply ?? '')) {
    return { phone: `+${digits}`, how: 'replied', reference };
  }
  return null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function registerSmsEventRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(events, async (c) => {
    const services = c.get('services');
    const expected = services.mailer.smsStopToken;
    if (!expected) throw new AppError('not_found', 'No SMS webhook is configured on this server');
    const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(expected))) {
      throw new AppError('unauthenticated', 'The SMS webhook token is missing or wrong');
    }
    const body = c.req.valid('json');
    let withdrawn = 0;
    let ignored = 0;
    for (const event of Array.isArray(body) ? body : [body]) {
      const stop = stopOf(event);
      if (!stop) ignored += 1;
      else withdrawn += (await recordSmsStop(services, stop)).withdrawn;
    }
    return c.json({ withdrawn, ignored }, 200);
  });
}
