import type { Logger } from 'pino';
import {
  addDays,
  CATCH_UP_DAYS,
  type LocalDay,
  localDay,
  startOf,
} from '../../automations/days.ts';
import type { DueCustomer, Occasion } from '../../automations/occasion.ts';
import { findOccasion } from '../../automations/registry.ts';
import { renderAutomationMail, renderAutomationText } from '../../automations/render-message.ts';
import { settingOf } from '../../automations/setting.ts';
import { inControlGroup } from '../../campaigns/control-group.ts';
import type { Tx } from '../../db/tenant.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail, queueShopSms } from '../../mail/queue-mail.ts';
import {
  attachMessage,
  claimOccasion,
  handledOccasions,
  sendKeyOf,
} from '../../repositories/automation-sends.ts';
import { findAutomationSetting } from '../../repositories/automation-settings.ts';
import { type AudienceRow, listAudienceRows } from '../../repositories/campaign-audience.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';
import { consentFor } from '../campaigns/build-audience.ts';
import {
  mergeValuesFor,
  newUnsubscribeLink,
  withCountedCardLink,
} from '../campaigns/campaign-message.ts';

/** Occasions handled per run (one transaction); the rest go to the next part of the run. */
export const AUTOMATION_BATCH_SIZE = 200;

export type AutomationRunDeps = {
  mailer: Mailer;
  publicUrl: string;
  /** The shop's analytics, for occasions that need them (P(alive)). */
  metrics(): Promise<CustomerMetrics>;
};

export type AutomationRunOutcome =
  | { ran: false; reason: 'unknown' | 'disabled' | 'marketing_needs_https' }
  | { ran: true; due: number; queued: number; control: number; skipped: number; more: boolean };

/** The first day a run owes: a week back at most, never before the automation was switched on. */
export function firstOwedDay(day: LocalDay, enabledAt: Date | null, timeZone: string): LocalDay {
  const floor = addDays(day, -CATCH_UP_DAYS);
  const enabledDay = enabledAt ? localDay(enabledAt, timeZone) : day;
  return enabledDay > floor ? enabledDay : floor;
}

/**
 * One run of one automation for the shop-local `day`, in the caller's transaction (the job's):
 * who is due and not yet handled is, up to a batch, claimed in `automation_sends` — held back
 * when drawn for the control group, skipped when the consent rules refuse (as of `now`), else
 * the message is rendered and queued in the outbox under `automation:<id>:<customer>:<key>`.
 * The claim and the message commit together, so a rerun, a restart or a second process never
 * sends an occasion twice.
 */
export async function runAutomation(
  tx: Tx,
  scope: { merchantId: string; now: Date; logger: Logger },
  input: { automation: string; day: LocalDay },
  deps: AutomationRunDeps,
): Promise<AutomationRunOutcome> {
  const { merchantId, now } = scope;
  const occasion = findOccasion(input.automation);
  if (!occasion) return { ran: false, reason: 'unknown' };
  const merchant = await findMerchantById(tx, merchantId);
  if (!merchant) return { ran: false, reason: 'unknown' };
  const row = await findAutomationSetting(tx, merchantId, occasion.id);
  const setting = settingOf(occasion, row, merchant.locale);
  if (!setting.enabled || !occasion.ready(setting.parameters)) {
    return { ran: false, reason: 'disabled' };
  }
  const marketing = occasion.kind === 'marketing';
  if (marketing && !deps.publicUrl.startsWith('https://')) {
    return { ran: false, reason: 'marketing_needs_https' };
  }
  const since = firstOwedDay(input.day, setting.enabledAt, merchant.time_zone);
  const sinceStart = startOf(since, merchant.time_zone);
  const from = setting.enabledAt && setting.enabledAt > sinceStart ? setting.enabledAt : sinceStart;
  const due = await occasion.due({
    tx,
    merchantId,
    now,
    timeZone: merchant.time_zone,
    locale: merchant.locale,
    day: input.day,
    since,
    from,
    parameters: setting.parameters,
    publicUrl: deps.publicUrl,
    metrics: deps.metrics,
  });
  const handled = await handledOccasions(
    tx,
    merchantId,
    occasion.id,
    due.map((d) => ({ customerId: d.customerId, occasionKey: d.occasionKey })),
  );
  const owed = due.filter((d) => !handled.has(sendKeyOf(d.customerId, d.occasionKey)));
  const batch = owed.slice(0, AUTOMATION_BATCH_SIZE);
  const rows = new Map(
    (
      await listAudienceRows(
        tx,
        merchantId,
        batch.map((d) => d.customerId),
      )
    ).map((r) => [r.id, r]),
  );
  const counts = { queued: 0, control: 0, skipped: 0 };
  for (const item of batch) {
    const customer = rows.get(item.customerId);
    if (!customer) continue;
    const outcome = await handleOne(tx, { ...scope, occasion, setting, item, customer }, deps, {
      shopName: merchant.name,
    });
    if (outcome) counts[outcome] += 1;
  }
  if (counts.queued > 0) deps.mailer.nudge();
  return { ran: true, due: owed.length, ...counts, more: owed.length > batch.length };
}

type One = {
  merchantId: string;
  now: Date;
  occasion: Occasion<unknown>;
  setting: ReturnType<typeof settingOf>;
  item: DueCustomer;
  customer: AudienceRow;
};

async function handleOne(
  tx: Tx,
  one: One,
  deps: AutomationRunDeps,
  shop: { shopName: string },
): Promise<'queued' | 'control' | 'skipped' | null> {
  const { merchantId, now, occasion, setting, item, customer } = one;
  const channel = setting.channel;
  const claim = (status: 'queued' | 'control' | 'skipped', skipReason: string | null = null) =>
    claimOccasion(tx, {
      merchantId,
      automation: occasion.id,
      customerId: item.customerId,
      occasionKey: item.occasionKey,
      inControl: status === 'control',
      status,
      skipReason,
      channel: status === 'queued' ? channel : null,
      now,
    });
  const seed = setting.controlSeed ?? occasion.id;
  if (inControlGroup(seed, `${item.customerId}:${item.occasionKey}`, setting.controlShare)) {
    return (await claim('control')) ? 'control' : null;
  }
  const address = channel === 'email' ? customer.email : customer.phone;
  const decision = consentFor(customer, channel, now, occasion.kind);
  if (!decision.allowed || !address) {
    const reason = decision.allowed ? 'no_address' : decision.reason;
    return (await claim('skipped', reason)) ? 'skipped' : null;
  }
  if (!(await claim('queued'))) return null;
  const link =
    occasion.kind === 'marketing' ? newUnsubscribeLink(deps.publicUrl, merchantId) : null;
  const values = {
    ...(await mergeValuesFor(tx, {
      merchantId,
      customerId: item.customerId,
      shopName: shop.shopName,
      publicUrl: deps.publicUrl,
      now,
    })),
    ...item.values,
  };
  const idempotencyKey = `automation:${occasion.id}:${item.customerId}:${item.occasionKey}`;
  const category = `automation:${occasion.id}`;
  const queued =
    channel === 'email'
      ? await queueShopMail(tx, deps.mailer, merchantId, {
          idempotencyKey,
          message: {
            to: address,
            ...renderAutomationMail(
              setting.wording,
              link ? withCountedCardLink(values, link.cardUrl) : values,
              link?.url ?? null,
            ),
            kind: occasion.kind,
            category,
            ...(link ? { unsubscribeUrl: link.url } : {}),
          },
          now,
        })
      : await queueShopSms(tx, deps.mailer, merchantId, {
          idempotencyKey,
          message: {
            to: address,
            text: renderAutomationText(setting.wording, values, link?.url ?? null),
            kind: occasion.kind,
            category,
          },
          now,
        });
  await attachMessage(
    tx,
    { merchantId, automation: occasion.id, ...item },
    queued.id,
    link?.tokenHash ?? null,
  );
  return 'queued';
}
