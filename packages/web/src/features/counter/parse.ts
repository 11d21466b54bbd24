/**
 * "12,50", "12.5", "12 €", "1 234,5" → 1250, 1250, 1200, 123450 cents; null when it is not
 * an amount a till would accept (negative, more than two decimals, empty).
 * @example euroToCents('4,20') // 420
 */
export function euroToCents(raw: string): number | null {
  const text = raw.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d{1,7}(\.\d{0,2})?$/.test(text)) return null;
  const [euros = '0', decimals = ''] = text.split('.');
  return Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
}

/**
 * The card token in what a QR code holds: the card link (…/c/<token>) or the bare token.
 * @example cardTokenFrom('https://habitue.app/c/AbC123xyz') // 'AbC123xyz'
 */
export function cardTokenFrom(scanned: string): string | null {
  const text = scanned.trim();
  const fromUrl = /\/c\/([A-Za-z0-9_-]{8,64})\/?(?:[?#].*)?$/.exec(text);
  if (fromUrl) return fromUrl[1] ?? null;
  return /^[A-Za-z0-9_-]{8,64}$/.test(text) ? text : null;
}
