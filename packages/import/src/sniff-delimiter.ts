/** What separates cells: one character, or runs of spaces/tabs (CDNOW-style text files). */
export type Delimiter = ';' | ',' | '\t' | '|' | 'whitespace';

const CANDIDATES = ['\t', ';', ',', '|'] as const;

/**
 * Guesses the delimiter from the first lines: the candidate whose most common count per line
 * (outside quotes) is shared by the most lines. A French export (`;` with decimal commas) has
 * commas on data lines but not in the header, so `,` loses; title lines above the header (an
 * Excel export with a title and a date range) are outvoted by the table below them.
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
  // Score = share of lines with the usual count; broken lines lower it, they do not veto it.
  let best: Delimiter | null = null;
  let bestScore = 0;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const [count, lineCount] = usualCount(lines.map((line) => countOutsideQuotes(line, candidate)));
    if (count === 0) continue;
    const score = lineCount / lines.length;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      [best, bestScore, bestCount] = [candidate, score, count];
    }
  }
  if (best) return best;
  // No delimiter anywhere: one column, or CDNOW-style columns aligned with spaces.
  return /\s/.test(lines[0]?.trim() ?? '') ? 'whitespace' : ';';
}

/** The most frequent non-zero count (the larger of equals) and on how many lines it occurs. */
function usualCount(counts: readonly number[]): [number, number] {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [count, lines] of frequency) {
    if (lines > best[1] || (lines === best[1] && count > best[0])) best = [count, lines];
  }
  return best;
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
