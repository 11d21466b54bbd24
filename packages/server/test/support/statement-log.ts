import pg from 'pg';

/** One statement as a connection sent it to PostgreSQL. */
export type SentStatement = { connection: number; text: string };

/** What a piece of work cost the database: its statements and the transactions they ran in. */
export type StatementCount = {
  statements: SentStatement[];
  /** `BEGIN … COMMIT/ROLLBACK` blocks, plus every statement sent outside one (autocommit). */
  transactions: number;
};

/**
 * A `pg` client class that records every statement it sends (`openDatabase({ Client })`), and
 * `count(work)`, which returns what `work` sent. This observes the wire, not a query builder:
 * BEGIN, COMMIT and SAVEPOINT count, and so does any statement issued outside Kysely.
 */
export function statementLog() {
  let recording: SentStatement[] | null = null;
  let connections = 0;
  class RecordingClient extends pg.Client {
    readonly #id = ++connections;
    // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; all pass through
    override query(...args: any[]): any {
      const first = args[0] as string | { text?: string } | undefined;
      const text = typeof first === 'string' ? first : (first?.text ?? '');
      recording?.push({ connection: this.#id, text: text.trim() });
      // biome-ignore lint/suspicious/noExplicitAny: see above
      return (super.query as (...a: any[]) => any)(...args);
    }
  }
  async function count(work: () => Promise<unknown>): Promise<StatementCount> {
    const sent: SentStatement[] = [];
    recording = sent;
    try {
      await work();
    } finally {
      recording = null;
    }
    return { statements: sent, transactions: transactionsOf(sent) };
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
