/** The app's own colour, when a business has not chosen one. */
export const DEFAULT_BRAND = '#7a3e2b';

/** "#abc" or "#aabbcc" → [r, g, b] in 0..255, or null for anything else. */
function rgbOf(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The business's colour and a text colour that reads on it (white or near-black, whichever
 * contrasts more), so any colour an owner picks stays legible.
 * @example brandColours('#ffd400') // { background: '#ffd400', text: '#1f1a17' }
 */
export function brandColours(color: string | null | undefined) {
  const background = color && rgbOf(color) ? color : DEFAULT_BRAND;
  const l = luminance(rgbOf(background)!);
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (luminance([31, 26, 23]) + 0.05);
  return { background, text: onWhite >= onInk ? '#ffffff' : '#1f1a17' };
}
