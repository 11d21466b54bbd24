/** What separates cells: one character, or runs of spaces/tabs (CDNOW-style text files). */
export type Delimiter = ';' | ',' | '\t' | '|' | 'whitespace';

const CANDIDATES = ['\t', ';', ',', '|'] as const;

/**
 * Guesses the delimiter from the first lines: among the candidates found on the first line, the
 * one that appears the same number of times (outside quotes) on the most lines. A French export
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
  // Score = share of lines with the header's count; broken lines lower it, they do not veto it.
  let best: Delimiter | null = null;
  let bestScore = 0;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const headerCount = counts[0] ?? 0;
    if (headerCount === 0) continue;
    const score = counts.filter((c) => c === headerCount).length / counts.length;
    if (score > bestScore || (score === bestScore && headerCount > bestCount)) {
      [best, bestScore, bestCount] = [candidate, score, headerCount];
    }
  }
  if (best) return best;
  // No delimiter on the first line: one column, or CDNOW-style columns aligned with spaces.
  return /\s/.test(lines[0]?.trim() ?? '') ? 'whitespace' : ';';
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
