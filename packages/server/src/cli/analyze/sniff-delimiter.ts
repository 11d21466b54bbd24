/** What separates cells: one character, or runs of spaces/tabs (CDNOW-style text files). */
export type Delimiter = ';' | ',' | '\t' | '|' | 'whitespace';

const CANDIDATES = ['\t', ';', ',', '|'] as const;

/**
 * Guesses the delimiter from the first lines: the candidate that appears the same number of
 * times (outside quotes) on nearly every line, the header included. A French export
 * (`;` with decimal commas) has commas on data lines but not in the header, so `,` loses.
 *
 * @example sniffDelimiter('client;montant\nA;12,50\n') // ';'
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  if (lines.length > 1) lines.pop(); // probably cut in the middle
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const headerCount = counts[0] ?? 0;
    if (headerCount === 0) continue;
    const agreeing = counts.filter((c) => c === headerCount).length;
    if (agreeing >= 0.9 * counts.length && headerCount > bestCount) {
      best = candidate;
      bestCount = headerCount;
    }
  }
  if (best) return best;
  const first = lines[0]?.trim() ?? '';
  if (/\s/.test(first)) return 'whitespace';
  // One column, or no agreement: the most frequent candidate on the first line.
  const byCount = CANDIDATES.map((c) => [c, countOutsideQuotes(first, c)] as const).sort(
    (a, b) => b[1] - a[1],
  );
  return byCount[0]![1] > 0 ? byCount[0]![0] : ';';
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}
