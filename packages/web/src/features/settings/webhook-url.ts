/**
 * Whether the text looks like an http(s) URL, to say so next to the field before sending; the
 * server decides the rest (a public address, resolved at every delivery).
 * @example isWebUrl('https://crm.example.fr/hooks') // true
 * @example isWebUrl('crm.example.fr') // false
 */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
