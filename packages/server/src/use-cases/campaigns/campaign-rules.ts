import { unknownMergeFields } from '../../campaigns/merge-fields.ts';
import type { Segment } from '../../campaigns/segment.ts';
import type { CampaignChannel } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';

/**
 * What a campaign must be before it is stored or sent, beyond its shape (checked by the
 * route's schema): merge fields that exist. Whether its channel can send is checked at send
 * time (`assertSmsMarketingWorks`).
 */
export function assertCampaignSendable(input: {
  channel: CampaignChannel;
  segment: Segment;
  subject: string;
  body: string;
}) {
  const fields = [
    ...unknownMergeFields(input.subject).map((name) => ({ field: 'subject', name })),
    ...unknownMergeFields(input.body).map((name) => ({ field: 'body', name })),
  ];
  if (fields.length > 0) {
    throw new AppError('validation_failed', 'Unknown merge fields', {
      fields: fields.map((f) => ({
        field: f.field,
        message: `unknown merge field {{${f.name}}}`,
        code: 'unknown_merge_field',
      })),
    });
  }
}

/** Marketing links must work where customers open them: refused while the address is not https. */
export function assertMarketingLinksWork(publicUrl: string) {
  if (!publicUrl.startsWith('https://')) {
    throw new AppError(
      'marketing_needs_https',
      `Marketing messages need an https public address for their unsubscribe link (HABITUE_PUBLIC_URL is ${publicUrl})`,
    );
  }
}
