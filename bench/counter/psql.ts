import { execFileSync } from 'node:child_process';

/**
 * One statement through `psql`, rows as tab-separated text. (The `psql` helper of the test
 * support discards output; the benchmark needs the answers.)
 */
export function query(url: string, statement: string): string[][] {
  const out = execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-XAtF', '\t', '-c', statement], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Committed plus rolled-back transactions of one database so far (for transactions per op). */
export function transactionCount(url: string, database: string): number {
  const [row] = query(
    url,
    `select xact_commit + xact_rollback from pg_stat_database where datname = '${database}'`,
  );
  return Number(row?.[0] ?? 0);
}

/** The durability and sizing settings worth stating next to any PostgreSQL number. */
export function serverSettings(url: string): Record<string, string> {
  const names = [
    'server_version',
    'fsync',
    'synchronous_commit',
    'full_page_writes',
    'wal_sync_method',
    'shared_buffers',
    'max_wal_size',
    'commit_delay',
  ];
  const rows = query(
    url,
    `select name, setting || coalesce(unit, '') from pg_settings where name in (${names.map((n) => `'${n}'`).join(',')}) order by name`,
  );
  return Object.fromEntries(rows.map(([name, value]) => [name!, value!]));
}

/**
 * Statements run so far in one database (BEGIN, COMMIT and SAVEPOINT included), from
 * pg_stat_statements; null where the extension is not loaded (the embedded cluster).
 */
export function statementCount(url: string, database: string): number | null {
  try {
    const [row] = query(
      url,
      `select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '${database}'`,
    );
    return Number(row?.[0] ?? 0);
  } catch {
    return null;
  }
}
