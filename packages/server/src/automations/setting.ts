import type { MessageChannel } from '../db/schema.ts';
import type { AutomationSettingRow } from '../repositories/automation-settings.ts';
import type { Occasion, Wording } from './occasion.ts';

/** One automation as it stands for a shop: the owner's choices over the occasion's defaults. */
export type AutomationSetting<P = unknown> = {
  enabled: boolean;
  channel: MessageChannel;
  /** The wording sent: the owner's, or the default in the shop's language. */
  wording: Wording;
  customWording: boolean;
  parameters: P;
  controlShare: number;
  controlSeed: string | null;
  enabledAt: Date | null;
};

/**
 * What a stored row (or its absence: off, default wording and parameters) means. Parameters
 * saved by an older version are read over the defaults, so a parameter added later has its
 * default rather than failing the run.
 */
export function settingOf<P>(
  occasion: Occasion<P>,
  row: AutomationSettingRow | undefined,
  locale: 'fr' | 'en',
): AutomationSetting<P> {
  const defaults = occasion.wording[locale];
  const parsed = occasion.parameters.safeParse({
    ...(occasion.defaults as object),
    ...(row?.parameters ?? {}),
  });
  return {
    enabled: row?.enabled ?? false,
    channel: row?.channel ?? 'email',
    wording: { subject: row?.subject ?? defaults.subject, body: row?.body ?? defaults.body },
    customWording: row?.subject != null || row?.body != null,
    parameters: parsed.success ? parsed.data : occasion.defaults,
    controlShare: row?.control_share ?? 0,
    controlSeed: row?.control_seed ?? null,
    enabledAt: row?.enabled_at ?? null,
  };
}
