/** Why a row was left out of the analysis. */
export type SkipReason =
  | 'broken-row'
  | 'invalid-date'
  | 'invalid-amount'
  | 'duplicate'
  | 'after-as-of';

/** Example line numbers kept per reason: enough to find the problem in the file. */
const EXAMPLES_PER_REASON = 5;

export interface SkippedReason {
  reason: SkipReason;
  count: number;
  exampleLines: number[];
}

/** Counts skipped rows per reason and remembers the first few line numbers of each. */
export class SkippedRows {
  private readonly byReason = new Map<SkipReason, SkippedReason>();

  add(reason: SkipReason, line: number): void {
    const entry = this.entry(reason);
    entry.count++;
    if (entry.exampleLines.length < EXAMPLES_PER_REASON) entry.exampleLines.push(line);
  }

  /**
   * `count` rows skipped for `reason` after those already counted, `lines` the first of them in
   * file order: the rows of a later part of the file, counted apart.
   */
  addCount(reason: SkipReason, count: number, lines: readonly number[]): void {
    const entry = this.entry(reason);
    entry.count += count;
    for (const line of lines) {
      if (entry.exampleLines.length < EXAMPLES_PER_REASON) entry.exampleLines.push(line);
    }
  }

  /** Each reason in order of its first row, its example lines in file order. */
  inOrder(): SkippedReason[] {
    return [...this.byReason.values()].map((e) => ({ ...e, exampleLines: [...e.exampleLines] }));
  }

  private entry(reason: SkipReason): SkippedReason {
    let entry = this.byReason.get(reason);
    if (!entry) {
      entry = { reason, count: 0, exampleLines: [] };
      this.byReason.set(reason, entry);
    }
    return entry;
  }

  get total(): number {
    let total = 0;
    for (const entry of this.byReason.values()) total += entry.count;
    return total;
  }

  /** Most frequent reason first. */
  list(): SkippedReason[] {
    return [...this.byReason.values()]
      .map((e) => ({ ...e, exampleLines: [...e.exampleLines].sort((a, b) => a - b) }))
      .sort((a, b) => b.count - a.count);
  }
}
