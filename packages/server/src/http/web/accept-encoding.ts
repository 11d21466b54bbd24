/** The encodings the build writes next to each compressible file, in the order we prefer them. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The file suffix of each encoding's precompressed copy. */
export const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** `{ br: 1, gzip: 0.5, '*': 0 }` from `br, gzip;q=0.5, *;q=0` (RFC 9110 §12.5.3). */
function qualities(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return weights;
}

/**
 * The encoding to send among those available for a file, from the request's Accept-Encoding:
 * the one the client weighs highest (brotli first on a tie, it is the smaller), or `identity`
 * when the client accepts none of them. A refusal (`q=0`, also through `*;q=0`) is respected.
 *
 * @example chooseEncoding('gzip, deflate, br', ['br', 'gzip']) // 'br'
 * @example chooseEncoding('br;q=0, gzip', ['br', 'gzip'])      // 'gzip'
 * @example chooseEncoding(undefined, ['br', 'gzip'])           // 'identity'
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const weights = qualities(acceptEncoding);
  const wildcard = weights.get('*') ?? 0;
  let best: Encoding | 'identity' = 'identity';
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = weights.get(encoding) ?? wildcard;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
