import pino from 'pino';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { asSystem } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { serverJobs } from '../../src/jobs/server-jobs.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import {
  type AutomationChanges,
  updateAutomation,
} from '../../src/use-cases/automations/update-automation.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';

export const PUBLIC_URL = 'https://boulangerie.example.fr';

/**
 * A shop (Europe/Paris) with an owner signed in, the server's jobs on a clock the test moves,
 * and helpers to switch automations on and read what landed in the outbox.
 */
export async function automationShop(database: () => DatabaseHandle, start: string) {
  const clock = testClock(start);
  const { db } = database();
  const mailer = createMailer({
    smtpUrl: null,
    from: 'Boulangerie <b@example.fr>',
    ratePerMinute: 60,
  });
  const base = testServices(database(), { now: clock.now, mailer });
  const client = testClient({ ...base, config: { ...base.config, publicUrl: PUBLIC_URL } });
  const owner = await signUpOwner(client, { businessName: 'Boulangerie du Marché' });
  const merchantId: string = owner.merchant.id;
  let auth = { cookie: owner.cookie as string };
  const runner = createJobRunner({
    db,
    logger: pino({ level: 'silent' }),
    now: clock.now,
    ...serverJobs({ webhooks: { allowPrivate: true }, publicUrl: PUBLIC_URL }, mailer),
  });
  return {
    clock,
    client,
    merchantId,
    runner,
    get auth() {
      return auth;
    },
    /** Sessions last a day: sign in again after moving the clock. */
    async signIn() {
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      auth = { cookie: sessionCookie(login.headers) };
    },
    enable(automation: string, changes: AutomationChanges = {}) {
      return updateAutomation(
        { db, merchantId, actor: { type: 'user', id: null }, now: clock.now() },
        automation,
        { enabled: true, ...changes },
        { publicUrl: PUBLIC_URL, sendsSms: false },
      );
    },
    /** The automations' messages in the shop's outbox, oldest first (not the owner's reports). */
    outbox() {
      return asSystem(db, (tx) =>
        tx
          .selectFrom('outbox')
          .select(['to_address', 'subject', 'text_body', 'category', 'kind', 'status', 'headers'])
          .where('merchant_id', '=', merchantId)
          .where('category', 'like', 'automation:%')
          .orderBy('created_at')
          .orderBy('id')
          .execute(),
      );
    },
    sends(automation: string) {
      return asSystem(db, (tx) =>
        tx
          .selectFrom('automation_sends')
          .select(['customer_id', 'occasion_key', 'status', 'skip_reason', 'in_control'])
          .where('merchant_id', '=', merchantId)
          .where('automation', '=', automation)
          .orderBy('created_at')
          .orderBy('customer_id')
          .execute(),
      );
    },
  };
}
