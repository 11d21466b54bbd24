import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';

/**
 * The suite on a Citus cluster (docs/scale.md): TEST_DATABASE_URL names the coordinator (a
 * superuser) and TEST_CITUS_WORKERS its workers as `host:port,host:port`, reached with the same
 * user. Each test database then exists on every node, copied from a template that was migrated
 * and distributed once — the template's shards are copied with it, so each copy is a whole
 * distributed database. Unset, nothing here runs.
 */
const WORKERS = (process.env.TEST_CITUS_WORKERS ?? '')
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);

export const onCitus = WORKERS.length > 0;

/** Run in this order on the migrated template (docs/scale.md). */
const CITUS_SCRIPTS = ['distribute.sql', 'colocated-shard.sql', 'shard-triggers.sql'].map(
  (file) => new URL(`../../src/db/citus/${file}`, import.meta.url),
);

function nodeUrl(coordinatorUrl: string, node: string | null, database: string): string {
  const url = new URL(coordinatorUrl);
  if (node) {
    const [host, port] = node.split(':');
    url.hostname = host ?? url.hostname;
    url.port = port ?? '5432';
  }
  url.pathname = `/${database}`;
  return url.toString();
}

async function run(url: string, statements: string[]): Promise<void> {
  const handle = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
  try {
    for (const statement of statements) await sql.raw(statement).execute(handle.db);
  } finally {
    await handle.close();
  }
}

/** Workers first, the coordinator last, so the coordinator never names a missing database. */
function nodes(): (string | null)[] {
  return [...WORKERS, null];
}

/**
 * The cluster settings docs/scale.md asks for: without the sequential mode, a transaction that
 * reads several shards (a slug look-up at sign-up) and then writes a reference table (the new
 * user) is refused.
 */
async function checkClusterSettings(coordinatorUrl: string): Promise<void> {
  const handle = await openDatabase({ kind: 'postgres', url: coordinatorUrl }, { poolSize: 1 });
  try {
    const { rows } = await sql<{
      mode: string;
    }>`select current_setting('citus.multi_shard_modify_mode') as mode`.execute(handle.db);
    if (rows[0]?.mode !== 'sequential') {
      throw new Error(
        "the Citus cluster needs citus.multi_shard_modify_mode = 'sequential' in each node's postgresql.conf (docs/scale.md)",
      );
    }
  } finally {
    await handle.close();
  }
}

/** The migrated, distributed template on every node, closed to connections so it can be copied. */
export async function prepareCitusTemplate(coordinatorUrl: string): Promise<void> {
  await checkClusterSettings(coordinatorUrl);
  for (const node of nodes()) {
    await run(nodeUrl(coordinatorUrl, node, 'postgres'), [
      'drop database if exists habitue_template with (force)',
      'create database habitue_template',
    ]);
    await run(nodeUrl(coordinatorUrl, node, 'habitue_template'), ['create extension citus']);
  }
  const coordinator = new URL(coordinatorUrl);
  const template = nodeUrl(coordinatorUrl, null, 'habitue_template');
  await run(template, [
    `select citus_set_coordinator_host('${coordinator.hostname}', ${Number(coordinator.port || 5432)})`,
    ...WORKERS.map((w) => {
      const [host, port] = w.split(':');
      return `select citus_add_node('${host}', ${Number(port ?? 5432)})`;
    }),
  ]);
  const handle = await openDatabase({ kind: 'postgres', url: template }, { poolSize: 1 });
  const { error } = await migrateToLatest(handle.db);
  await handle.close();
  if (error) throw error;
  await run(
    template,
    CITUS_SCRIPTS.map((script) => readFileSync(script, 'utf8')),
  );
  for (const node of nodes()) {
    await run(nodeUrl(coordinatorUrl, node, 'postgres'), [
      'alter database habitue_template allow_connections false',
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = 'habitue_template' and pid <> pg_backend_pid()`,
    ]);
  }
}

/** A copy of the template on every node. */
export async function createCitusDatabase(coordinatorUrl: string, name: string): Promise<void> {
  for (const node of nodes()) {
    await run(nodeUrl(coordinatorUrl, node, 'postgres'), [
      `create database ${name} template habitue_template`,
    ]);
  }
}

/**
 * Drops a test database on every node. `with (force)` ends the sessions in it, but Citus'
 * maintenance daemon may connect again in between ("is being accessed by other users", seen
 * once in a run of 27 files): the drop is tried again after a moment, a few times.
 */
export async function dropCitusDatabase(coordinatorUrl: string, name: string): Promise<void> {
  for (const node of [null, ...WORKERS]) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await run(nodeUrl(coordinatorUrl, node, 'postgres'), [
          `drop database if exists ${name} with (force)`,
        ]);
        break;
      } catch (error) {
        const busy = error instanceof Error && /being accessed by other users/.test(error.message);
        if (!busy || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
