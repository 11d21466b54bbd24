import pg from 'pg';

/** One statement as a connection sent it to PostgreSQL. */
export type SentStatement = { connection: number; text: string };

/** What a piece of work cost the database: its statements and the transactions they ran in. */
export type StatementCount = {
  statements: SentStatement[];
  /** `BEGIN … COMMIT/ROLLBACK` blocks, plus every statement sent outside one (autocommit). */
  transactions: number;
  /** Network writes that waited for PostgreSQL's answer (statements pipelined together: one). */
  roundTrips: number;
};

/**
 * A `pg` client class that records every statement it sends (`openDatabase({ Client })`), and
 * `count(work)`, which returns what `work` sent. This observes the wire, not a query builder:
 * BEGIN, COMMIT and SAVEPOINT count, and so does any statement issued outside Kysely.
 */
export function statementLog() {
  let recording: SentStatement[] | null = null;
  let roundTrips = 0;
  let connections = 0;
  class RecordingClient extends pg.Client {
    readonly #id = ++connections;
    // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; all pass through
    override query(...args: any[]): any {
      const first = args[0] as
        | string
        | { text?: string; before?: readonly string[]; after?: readonly string[] }
        | undefined;
      const text = typeof first === 'string' ? first : (first?.text ?? '');
      // A pipelined query (src/db/pipelined-driver.ts) carries the statements sent with it.
      const sent =
        typeof first === 'string'
          ? [text]
          : [...(first?.before ?? []), text, ...(first?.after ?? [])];
      if (recording) roundTrips += 1;
      for (const statement of sent)
        recording?.push({ connection: this.#id, text: statement.trim() });
      // biome-ignore lint/suspicious/noExplicitAny: see above
      return (super.query as (...a: any[]) => any)(...args);
    }
  }
  async function count(work: () => Promise<unknown>): Promise<StatementCount> {
    const sent: SentStatement[] = [];
    recording = sent;
    roundTrips = 0;
    try {
      await work();
    } finally {
      recording = null;
    }
    return { statements: sent, transactions: transactionsOf(sent), roundTrips };
  }
  return { Client: RecordingClient as typeof pg.Client, count };
}

function transactionsOf(sent: readonly SentStatement[]): number {
  const open = new Set<number>();
  let transactions = 0;
  for (const { connection, text } of sent) {
    if (/^begin\b/i.test(text)) {
      open.add(connection);
      transactions += 1;
    } else if (/^(commit|rollback)\b/i.test(text) && !/^rollback to\b/i.test(text)) {
      open.delete(connection);
    } else if (!open.has(connection)) {
      transactions += 1;
    }
  }
  return transactions;
}
