import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { openStorage } from '../../src/db/open-storage.ts';
import { runCli } from '../durability/server-process.ts';
import { testClient, testServices } from '../support/test-app.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'habitue-user-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('prints a single-use reset link for the operator, which sets the password', async () => {
  const email = 'proprietaire@example.fr';
  const created = await runCli(
    ['merchant', 'create', '--name', 'Bistrot', '--owner-email', email],
    { dataDir },
  );
  expect(created.code).toBe(0);
  const unknown = await runCli(['user', 'reset-password', '--email', 'x@example.fr'], { dataDir });
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(/No login with the email x@example\.fr/);
  const printed = await runCli(['user', 'reset-password', '--email', email], { dataDir });
  expect(printed.code).toBe(0);
  expect(printed.stdout).toMatch(/single use, valid 60 minutes/);
  const token = /\/reset-password#token=([\w-]+)/.exec(printed.stdout)?.[1];
  expect(token).toBeDefined();

  const storage = await openStorage(loadConfig({ HABITUE_DATA_DIR: dataDir }).database, {
    command: 'test',
  });
  try {
    const client = testClient(testServices(storage));
    const confirm = await client.request('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'tarte-tatin-maison-8' },
    });
    expect(confirm.status).toBe(204);
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email, password: 'tarte-tatin-maison-8' },
    });
    expect(login.status).toBe(200);
  } finally {
    await storage.close();
  }
});
