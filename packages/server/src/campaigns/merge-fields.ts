/**
 * Merge fields of a campaign, written `{{prenom}}` in the subject and body, with an optional
 * fallback after a bar for when the value is missing: `Bonjour {{prenom|à vous}},`.
 */
export const MERGE_FIELDS = [
  'prenom',
  'solde',
  'prochaine_recompense',
  'lien_carte',
  'boutique',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string | null>;

const FIELD = /\{\{\s*([^}|]+?)\s*(?:\|([^}]*))?\}\}/g;

/**
 * Field names used in `template` that are not in `known` (the campaigns' fields by default),
 * for a clear refusal before anything is sent.
 * @example unknownMergeFields('Bonjour {{prénom}} {{solde}}'); // ['prénom']
 */
export function unknownMergeFields(
  template: string,
  known: readonly string[] = MERGE_FIELDS,
): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(FIELD)) {
    const name = match[1]!;
    if (!known.includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Replaces every merge field by its value (or its fallback, or nothing), each value passed
 * through `encode` (HTML escaping for the HTML part).
 * @example
 * renderMergeFields('Bonjour {{prenom|à vous}} !', { prenom: null, … }); // 'Bonjour à vous !'
 */
export function renderMergeFields(
  template: string,
  values: MergeValues & Readonly<Record<string, string | null>>,
  encode: (s: string) => string = (s) => s,
): string {
  return template.replace(FIELD, (_all, name: string, fallback: string | undefined) => {
    const value = values[name];
    return encode(value ?? fallback?.trim() ?? '');
  });
}
