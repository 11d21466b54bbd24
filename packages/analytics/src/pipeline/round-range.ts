/**
 * An interval rounded outwards to a step that matches its width (one significant digit of the
 * width), so that a range is printed with no more precision than it has: never a CLV to the cent.
 *
 * @example
 * roundRange(183.4, 261.7); // [180, 270]
 * roundRange(0.62, 0.81); // [0.6, 0.9]
 */
export function roundRange(low: number, high: number): [number, number] {
  const width = high - low;
  if (!(width > 0) || !Number.isFinite(width)) return [low, high];
  const exponent = Math.floor(Math.log10(width));
  const step = 10 ** exponent;
  const digits = Math.max(0, -exponent);
  const round = (v: number) => Number(v.toFixed(digits));
  return [round(Math.floor(low / step) * step), round(Math.ceil(high / step) * step)];
}
