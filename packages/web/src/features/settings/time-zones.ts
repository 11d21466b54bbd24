import type { Lang } from '../../i18n/format-message.ts';

/**
 * Metropolitan France and the overseas departments, regions and collectivities, in the order
 * a French shop looks for them, with the names people use ("La Réunion", not Indian/Reunion).
 */
const FRENCH_ZONES: { zone: string; fr: string; en: string }[] = [
  { zone: 'Europe/Paris', fr: 'Paris — France métropolitaine', en: 'Paris — mainland France' },
  { zone: 'America/Guadeloupe', fr: 'Guadeloupe', en: 'Guadeloupe' },
  { zone: 'America/Martinique', fr: 'Martinique', en: 'Martinique' },
  { zone: 'America/Cayenne', fr: 'Guyane', en: 'French Guiana' },
  { zone: 'Indian/Reunion', fr: 'La Réunion', en: 'Réunion' },
  { zone: 'Indian/Mayotte', fr: 'Mayotte', en: 'Mayotte' },
  { zone: 'Pacific/Noumea', fr: 'Nouvelle-Calédonie', en: 'New Caledonia' },
  { zone: 'Pacific/Tahiti', fr: 'Polynésie française (Tahiti)', en: 'French Polynesia (Tahiti)' },
  {
    zone: 'Pacific/Marquesas',
    fr: 'Polynésie française (Marquises)',
    en: 'French Polynesia (Marquesas)',
  },
  {
    zone: 'Pacific/Gambier',
    fr: 'Polynésie française (Gambier)',
    en: 'French Polynesia (Gambier)',
  },
  { zone: 'Pacific/Wallis', fr: 'Wallis-et-Futuna', en: 'Wallis and Futuna' },
  { zone: 'America/Miquelon', fr: 'Saint-Pierre-et-Miquelon', en: 'Saint Pierre and Miquelon' },
  { zone: 'America/St_Barthelemy', fr: 'Saint-Barthélemy', en: 'Saint Barthélemy' },
  { zone: 'America/Marigot', fr: 'Saint-Martin', en: 'Saint Martin' },
];

export type ZoneChoice = { value: string; label: string };

/** "UTC+4" for a zone at `at`, or '' when the browser cannot say. */
function offsetOf(zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    return name.replace('GMT', 'UTC').replace(/^UTC$/, 'UTC+0');
  } catch {
    return '';
  }
}

function isKnown(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The time zones to offer: France and its overseas territories first, by name and with their
 * offset, then every other zone the browser knows ("America/New York"). The shop's current
 * zone is always offered, even an unusual one.
 * @example timeZoneChoices('fr', Intl.supportedValuesOf('timeZone'), 'Europe/Paris', now).french[4]
 *   // { value: 'Indian/Reunion', label: 'La Réunion (UTC+4)' }
 */
export function timeZoneChoices(
  lang: Lang,
  supported: readonly string[],
  current: string,
  at: Date,
): { french: ZoneChoice[]; others: ZoneChoice[] } {
  const french = FRENCH_ZONES.filter(({ zone }) => supported.includes(zone) || isKnown(zone)).map(
    (z) => {
      const offset = offsetOf(z.zone, at);
      return { value: z.zone, label: offset ? `${z[lang]} (${offset})` : z[lang] };
    },
  );
  const taken = new Set(french.map((z) => z.value));
  const rest =
    supported.includes(current) || taken.has(current) ? supported : [current, ...supported];
  const others = rest
    .filter((zone) => !taken.has(zone))
    .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ').replaceAll('/', ' — ') }));
  return { french, others };
}
