/** The shop's own answers, by key (`channel:<id>`), as the report lists them. */
export type ChannelNames = ReadonlyArray<{ key: string; label: string | null }>;

/** The words for the channels the product itself knows. */
export type BuiltInChannelWords = { referral: string; imported: string; unknown: string };

/**
 * What a channel key reads as: the shop's answer, or the product's word for a referral, an
 * import or "not known".
 * @example channelLabel('referral', [], words) // 'Parrainage'
 */
export function channelLabel(key: string, names: ChannelNames, words: BuiltInChannelWords): string {
  if (key === 'referral' || key === 'imported' || key === 'unknown') return words[key];
  return names.find((n) => n.key === key)?.label ?? words.unknown;
}

/** Months 'YYYY-MM' as the language shows them, short: "nov. 2026", "Nov 2026". */
export function monthLabel(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
