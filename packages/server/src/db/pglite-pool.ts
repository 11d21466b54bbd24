import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * A one-connection "pool" that lets Kysely's PostgresDialect drive PGlite.
 *
 * PGlite is a single in-process connection, so checkouts are serialised: a second
 * `connect()` waits until the first client is released. That is what makes a Kysely
 * transaction on PGlite behave like one on PostgreSQL (no interleaved statements).
 */
export class PGlitePool implements PostgresPool {
  #queue: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.#closed) throw new Error('The embedded database is closed');
    let release!: () => void;
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    // Kysely also declares a cursor overload of query(); it is only used for streaming, which
    // this adapter does not offer, so the plain query signature is all that is implemented.
    return new PGliteClient(this.pglite, release) as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    this.#closed = true;
    await this.#queue;
    if (!this.pglite.closed) await this.pglite.close();
  }
}

class PGliteClient {
  #released = false;

  constructor(
    private readonly pglite: PGlite,
    private readonly onRelease: () => void,
  ) {}

  async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    const result = await this.pglite.query<R>(sql, parameters as unknown[]);
    return {
      command: commandOf(sql),
      rowCount: result.affectedRows ?? result.rows.length,
      rows: result.rows,
    };
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.onRelease();
  }
}

/** Kysely reads `command` to decide whether `rowCount` means "affected rows". */
function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  const word = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sql)?.[1]?.toUpperCase();
  switch (word) {
    case 'INSERT':
    case 'UPDATE':
    case 'DELETE':
    case 'MERGE':
      return word;
    default:
      return 'SELECT';
  }
}
