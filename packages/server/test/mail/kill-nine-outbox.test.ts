import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { openStorage } from '../../src/db/open-storage.ts';
import { deliverDue, LEASE_MS } from '../../src/mail/outbox-delivery.ts';
import { smtpTransport } from '../../src/mail/smtp-transport.ts';
import {
  call,
  runCli,
  type ServerProcess,
  startServer,
  type Target,
} from '../durability/server-process.ts';
import { withDatabase } from '../support/global-setup.ts';
import { startSmtpTestServer } from './smtp-test-server.ts';

/**
 * At most once, for real: the relay has the whole message and the sending process is killed
 * with SIGKILL before it can record anything. Whatever restarts must not send it again on its
 * own — not while the dead sender's lease runs, and not after it ran out — while new mail
 * keeps flowing.
 */
const TIMEOUT = 240_000;
const FROM = 'Habitué <no-reply@habitue.test>';
const servers: ServerProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const cleanup of cleanups) await cleanup();
});

/** Storage the way `habitue start` is configured: a data directory, or a DATABASE_URL. */
async function targets(): Promise<Array<[string, Target]>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'habitue-mail9-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const url = inject('postgresUrl');
  const name = `mail9_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
  await sql.raw(`create database ${name}`).execute(admin.db);
  await admin.close();
  cleanups.push(async () => {
    const cleanup = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
    await cleanup.close();
  });
  const pgDir = mkdtempSync(join(tmpdir(), 'habitue-mail9-url-'));
  cleanups.push(() => rmSync(pgDir, { recursive: true, force: true }));
  return [
    ['data directory', { dataDir }],
    ['DATABASE_URL', { dataDir: pgDir, databaseUrl: withDatabase(url, name) }],
  ];
}

function storageOf(target: Target) {
  const config = loadConfig({
    HABITUE_DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
  });
  return openStorage(config.database, { command: 'kill-nine-outbox test' });
}

describe('kill -9 between the relay accepting a message and the outbox recording it', () => {
  it(
    'never sends it twice, on every storage',
    async () => {
      for (const [label, target] of await targets()) {
        const smtp = await startSmtpTestServer();
        cleanups.push(() => smtp.close());
        const email = `gerante-${randomBytes(3).toString('hex')}@example.fr`;
        const created = await runCli(
          ['merchant', 'create', '--name', 'Épicerie Fine', '--owner-email', email],
          target,
        );
        expect(created.code, `${label}: ${created.stderr}`).toBe(0);
        const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM, LOG_LEVEL: 'warn' };
        const server = await startServer(target, 90_000, env);
        servers.push(server);

        // The relay receives the whole message; before it answers, the sender dies.
        const killed = new Promise<void>((resolve) => {
          smtp.next({
            kind: 'hold',
            onHeld: (_message, answer) => {
              void server.killHard().then(() => {
                answer();
                resolve();
              });
            },
          });
        });
        const asked = await call(server.url, 'POST', '/api/v1/auth/password-reset', {
          body: { email },
        });
        expect(asked.status).toBe(202);
        await killed;
        expect((await server.exited).signal).toBe('SIGKILL');
        const [first] = smtp.seenData;
        expect(first?.subject).toBe('Réinitialiser votre mot de passe Habitué');

        // Recovery after the lease ran out: the message is uncertain, not sent again.
        const storage = await storageOf(target);
        try {
          const before = await storage.db.selectFrom('account_outbox').selectAll().execute();
          expect(
            before.map((r) => r.status),
            label,
          ).toEqual(['sending']);
          const later = new Date(Date.now() + LEASE_MS + 1_000);
          const attempted = await deliverDue({
            db: storage.db,
            transport: smtpTransport(smtp.url),
            from: FROM,
            ratePerMinute: 60,
            now: () => later,
          });
          expect(attempted).toBe(0);
          const after = await storage.db
            .selectFrom('account_outbox')
            .select(['status', 'message_id'])
            .execute();
          expect(after, label).toEqual([{ status: 'uncertain', message_id: first!.messageId }]);
        } finally {
          await storage.close();
        }

        // A restarted server sends new mail and still never the uncertain one.
        const restarted = await startServer(target, 90_000, env);
        servers.push(restarted);
        await call(restarted.url, 'POST', '/api/v1/auth/password-reset', { body: { email } });
        const deadline = Date.now() + 30_000;
        while (smtp.received.length < 2 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(smtp.received).toHaveLength(2);
        expect(
          smtp.seenData.filter((m) => m.messageId === first!.messageId),
          label,
        ).toHaveLength(1);
        await restarted.stop();
      }
    },
    TIMEOUT,
  );
});
