import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';

/**
 * Kysely's PostgreSQL dialect, with fewer round trips: statements that answer nothing a caller
 * reads — `BEGIN`, `SAVEPOINT x` — are held back and sent in the same network write as the
 * statement after them (one extended-protocol pipeline, one `Sync`), and a transaction's last
 * statement may carry its `COMMIT` (`commitWithNextStatement`). On loopback every write to
 * PostgreSQL costs the server a system call that also runs PostgreSQL's side of the socket;
 * a purchase sent 8 of them, and sends 5.
 *
 * Statements run often are prepared once per connection (`preparedName`).
 *
 * The server sees exactly the statements it saw before, in the same order and transaction: an
 * error in a held-back statement is reported by the statement it was sent with (PostgreSQL
 * skips the rest of a pipeline after an error), and a transaction whose `BEGIN` never left
 * the process commits or rolls back without a round trip.
 */
export class PipelinedPostgresDialect implements Dialect {
  constructor(private readonly pool: pg.Pool) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PipelinedDriver(this.pool);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector takes any schema
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}

/** What `commitWithNextStatement` sends through Kysely; a plain `select` if it ever ran. */
const COMMIT_WITH_NEXT = '/* commit with the next statement */ select';

/**
 * Commits the transaction with its next statement, in the same round trip, instead of in a
 * `COMMIT` of its own after the work returns. Only for a statement after which nothing can
 * fail: a further statement in the transaction throws. Where the dialect is another one, the
 * marker is an empty `select` and the commit happens as usual.
 */
export async function commitWithNextStatement(tx: {
  executeQuery(query: CompiledQuery): Promise<unknown>;
}): Promise<void> {
  await tx.executeQuery(CompiledQuery.raw(COMMIT_WITH_NEXT));
}

const HELD_BACK = /^(begin|start transaction\b[\w ]*|savepoint \w+)$/i;

class PipelinedDriver implements Driver {
  readonly #connections = new WeakMap<pg.PoolClient, PipelinedConnection>();
  constructor(private readonly pool: pg.Pool) {}

  async init() {}

  async acquireConnection(): Promise<PipelinedConnection> {
    const client = await this.pool.connect();
    let connection = this.#connections.get(client);
    if (!connection) {
      connection = new PipelinedConnection(client);
      this.#connections.set(client, connection);
    }
    return connection;
  }

  async beginTransaction(connection: PipelinedConnection, settings: TransactionSettings) {
    let text = 'begin';
    if (settings.isolationLevel || settings.accessMode) {
      text = 'start transaction';
      if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
      if (settings.accessMode) text += ` ${settings.accessMode}`;
    }
    connection.holdBack(text);
  }

  async commitTransaction(connection: PipelinedConnection) {
    await connection.endTransaction('commit');
  }

  async rollbackTransaction(connection: PipelinedConnection) {
    await connection.endTransaction('rollback');
  }

  async releaseConnection(connection: PipelinedConnection) {
    connection.release();
  }

  async destroy() {
    await this.pool.end();
  }
}

class PipelinedConnection implements DatabaseConnection {
  /** Statements not sent yet, to go out with the next one. */
  #heldBack: string[] = [];
  #commitWithNext = false;
  #committed = false;

  constructor(private readonly client: pg.PoolClient) {}

  holdBack(text: string) {
    this.#heldBack.push(text);
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql } = compiled;
    if (sql === COMMIT_WITH_NEXT) {
      this.#commitWithNext = true;
      return { rows: [] };
    }
    if (this.#committed) {
      throw new Error('a statement after the one that committed its transaction');
    }
    if (compiled.parameters.length === 0 && HELD_BACK.test(sql.trim())) {
      this.#heldBack.push(sql.trim());
      return { rows: [] };
    }
    const before = this.#heldBack;
    const after = this.#commitWithNext ? ['commit'] : [];
    this.#heldBack = [];
    this.#commitWithNext = false;
    const result = await this.#send(before, sql, compiled.parameters, after);
    if (after.length > 0) this.#committed = true;
    const { command, rowCount, rows } = result;
    return {
      numAffectedRows:
        command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
          ? BigInt(rowCount ?? 0)
          : undefined,
      rows: (rows ?? []) as R[],
    };
  }

  /** Ends the transaction: nothing to send when it never reached the server, or committed. */
  async endTransaction(end: 'commit' | 'rollback') {
    const neverSent = this.#heldBack.length > 0 && !/^savepoint/i.test(this.#heldBack[0]!);
    const committed = this.#committed;
    this.#heldBack = [];
    this.#commitWithNext = false;
    this.#committed = false;
    if (neverSent) return;
    if (committed) {
      // Nothing after the committing statement could fail (`commitWithNextStatement`); a
      // rollback asked for now has nothing left to undo.
      return;
    }
    await this.#send([], end, [], []);
  }

  release() {
    this.#heldBack = [];
    this.#commitWithNext = false;
    this.#committed = false;
    this.client.release();
  }

  #send(
    before: string[],
    text: string,
    values: readonly unknown[],
    after: string[],
  ): Promise<pg.QueryResult<pg.QueryResultRow>> {
    const name = values.length > 0 ? preparedName(text) : undefined;
    if (before.length === 0 && after.length === 0) {
      return this.client.query({ text, values: [...values], ...(name ? { name } : {}) });
    }
    if (values.length === 0) {
      // Without parameters the text may hold several statements (the Citus session's SET
      // LOCALs), which the extended protocol refuses: one simple query carries them all.
      const all = [...before, text, ...after].join(';\n');
      return this.client
        .query(all)
        .then((results) => (results as unknown as pg.QueryResult[])[before.length]!);
    }
    return new Promise((resolve, reject) => {
      const query = new PipelinedQuery(
        before,
        { text, values: [...values], name },
        after,
        (error, results) => {
          if (error) reject(error);
          else resolve(Array.isArray(results) ? results[before.length] : results);
        },
      );
      this.client.query(query);
    });
  }

  streamQuery(): AsyncIterableIterator<QueryResult<never>> {
    throw new Error('streaming is not used with this dialect');
  }
}

/** The parts of pg's wire connection a pipelined query writes with. */
type WireConnection = {
  parse(query: { text: string; name?: string; types?: unknown[] }): void;
  bind(config: { portal: string; statement: string; values: unknown[] }): void;
  execute(config: { portal: string; rows?: number }): void;
  sync(): void;
};

/**
 * One pg query preceded and followed by parameterless statements, all in one extended-protocol
 * pipeline with a single `Sync`: pg corks the socket while a query writes its messages, so they
 * leave in one system call. Its results are one per statement, in order.
 */
class PipelinedQuery extends pg.Query {
  constructor(
    private readonly before: readonly string[],
    main: { text: string; values: unknown[]; name: string | undefined },
    private readonly after: readonly string[],
    // biome-ignore lint/suspicious/noExplicitAny: pg's callback receives a result or an array
    callback: (error: Error | undefined, results: any) => void,
  ) {
    super({ ...main, queryMode: 'extended', callback } as pg.QueryConfig);
  }

  prepare(connection: WireConnection) {
    for (const text of this.before) unnamed(connection, text);
    // pg's own preparation of the query, which ends with `_getRows` (below).
    (pg.Query.prototype as unknown as { prepare(c: WireConnection): void }).prepare.call(
      this,
      connection,
    );
  }

  _getRows(connection: WireConnection) {
    connection.execute({ portal: '' });
    for (const text of this.after) unnamed(connection, text);
    connection.sync();
  }
}

/**
 * A statement run often is prepared once per connection under a name: PostgreSQL parses and
 * plans it once instead of on every run (its plan cache keeps a generic plan when it is as
 * good). Only texts seen a few times are named, and only so many, so that a text built per
 * request (a list of ids inlined, say) never fills a connection with prepared statements.
 */
const NAME_AFTER_RUNS = 3;
const MAX_NAMED = 200;
const MAX_COUNTED = 5_000;
const named = new Map<string, string>();
const runs = new Map<string, number>();

function preparedName(text: string): string | undefined {
  const name = named.get(text);
  if (name !== undefined || named.size >= MAX_NAMED) return name;
  const seen = (runs.get(text) ?? 0) + 1;
  if (seen < NAME_AFTER_RUNS) {
    if (runs.size >= MAX_COUNTED) runs.clear();
    runs.set(text, seen);
    return undefined;
  }
  runs.delete(text);
  const fresh = `habitue_${named.size + 1}`;
  named.set(text, fresh);
  return fresh;
}

function unnamed(connection: WireConnection, text: string) {
  connection.parse({ text });
  connection.bind({ portal: '', statement: '', values: [] });
  connection.execute({ portal: '' });
}
