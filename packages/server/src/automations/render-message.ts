import { markdownToHtml } from '../campaigns/markdown.ts';
import { type MergeValues, renderMergeFields } from '../campaigns/merge-fields.ts';
import { renderCampaignMail } from '../use-cases/campaigns/campaign-message.ts';
import type { Wording } from './occasion.ts';

type Values = MergeValues & Readonly<Record<string, string | null>>;

/**
 * Subject, text and HTML of an automation's mail for one customer. Marketing carries the
 * campaigns' visible unsubscribe foot (the same rendering); a transactional message has none.
 */
export function renderAutomationMail(
  wording: Wording,
  values: Values,
  unsubscribeUrl: string | null,
) {
  if (unsubscribeUrl !== null) return renderCampaignMail(wording, values, unsubscribeUrl);
  const subject = renderMergeFields(wording.subject, values).replace(/\s+/g, ' ').trim();
  const body = renderMergeFields(wording.body, values);
  return { subject, text: `${body.trim()}\n`, html: markdownToHtml(body) };
}

/**
 * The text message of an automation: the body alone (a text has no subject), and for
 * marketing the way to stop, which French law requires in every prospecting text.
 */
export function renderAutomationText(
  wording: Wording,
  values: Values,
  unsubscribeUrl: string | null,
): string {
  const body = renderMergeFields(wording.body, values)
    .replace(/\n{2,}/g, '\n')
    .trim();
  return unsubscribeUrl === null ? body : `${body}\nStop : ${unsubscribeUrl}`;
}
