/** The app's own colour, when a business has not chosen one. */
export const DEFAULT_BRAND = '#7a3e2b';

/** The near-black used for text on light brand colours. */
const INK = '#1f1a17';

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
 * The WCAG contrast ratio of two colours, 1 to 21 (text needs 4.5 to be read easily, 3 when
 * large); null when one of them is not a colour.
 * @example contrastRatio('#ffffff', '#7a3e2b') // ≈ 9.0
 */
export function contrastRatio(a: string, b: string): number | null {
  const ra = rgbOf(a);
  const rb = rgbOf(b);
  if (!ra || !rb) return null;
  const [light, dark] = [luminance(ra), luminance(rb)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The business's colour and a text colour that reads on it (white or near-black, whichever
 * contrasts more), so any colour an owner picks stays legible.
 * @example brandColours('#ffd400') // { background: '#ffd400', text: '#1f1a17' }
 */
export function brandColours(color: string | null | undefined) {
  const background = color && rgbOf(color) ? color : DEFAULT_BRAND;
  const onWhite = contrastRatio('#ffffff', background)!;
  const onInk = contrastRatio(INK, background)!;
  return { background, text: onWhite >= onInk ? '#ffffff' : INK };
}
