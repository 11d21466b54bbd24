/** "7,5" → 750 basis points; null when not a percentage with at most two decimals. */
export function percentToBasisPoints(raw: string): number | null {
  const text = raw.replace(/[\s%]/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{0,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

/** 750 → "7,5" (the French way; an empty field for no value). */
export const basisPointsText = (bp: number | null) =>
  bp === null ? '' : String(bp / 100).replace('.', ',');
