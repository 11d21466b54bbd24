import { type MergeValues, renderMergeFields } from '../campaigns/merge-fields.ts';
import type { CampaignChannel } from '../db/schema.ts';
import { AppError } from '../errors/app-error.ts';
import type { Mailer } from '../mail/mailer.ts';
import { withStopMention } from './stop-mention.ts';

/**
 * A marketing text may leave only when the server can both send it and hear the STOP answers:
 * an SMS provider and its webhook token (`SMS_PROVIDER`, `SMS_WEBHOOK_TOKEN`).
 */
export function assertSmsMarketingWorks(channel: CampaignChannel, mailer: Mailer) {
  if (channel !== 'sms') return;
  if (!smsMarketingWorks(mailer)) {
    throw new AppError(
      'sms_not_available',
      'Text messages cannot be sent: this server has no SMS provider with STOP handling (SMS_PROVIDER and SMS_WEBHOOK_TOKEN). Choose email.',
    );
  }
}

/** Whether this server can send marketing texts (what the campaign editor offers). */
export function smsMarketingWorks(mailer: Pick<Mailer, 'sendsSms' | 'smsStopToken'>): boolean {
  return mailer.sendsSms && Boolean(mailer.smsStopToken);
}

/**
 * A campaign's text for one customer: the body with its merge fields (no Markdown: a phone
 * shows plain text), whitespace runs tidied, and the STOP mention on the last line.
 * @example renderCampaignSms({ body: 'Bonjour {{prenom}} !' }, values) // 'Bonjour Léa !\nSTOP au [STOP_CODE]'
 */
export function renderCampaignSms(campaign: { body: string }, values: MergeValues): string {
  const text = renderMergeFields(campaign.body, values)
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return withStopMention(text);
}
