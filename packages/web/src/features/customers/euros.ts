/**
 * "12,50" → 1250 cents; null when not an amount (same reading as the counter's input).
 * @example euroToCents('4,2') // 420
 */
export function euroToCents(raw: string): number | null {
  const text = raw.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d{1,7}(\.\d{0,2})?$/.test(text)) return null;
  const [euros = '0', decimals = ''] = text.split('.');
  return Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
}
