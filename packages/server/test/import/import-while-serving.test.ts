import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli, type ServerProcess, startServer } from '../durability/server-process.ts';

/** The shop stays open during an import: the command reaches the running server's database. */
const TIMEOUT = 240_000;
const dataDir = mkdtempSync(join(tmpdir(), 'habitue-import-serving-'));
const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  rmSync(dataDir, { recursive: true, force: true });
});

it(
  'imports into the database of a running server, and finds the same rows the second time',
  async () => {
    const server = await startServer({ dataDir });
    servers.push(server);
    const created = await runCli(['merchant', 'create', '--name', 'Chez Import'], { dataDir });
    expect(created.code).toBe(0);
    const path = join(dataDir, 'ventes.csv');
    writeFileSync(path, `N° client;Date;Montant\nC1;05/03/2024;12,50\nC2;06/03/2024;8,00\n`);
    const first = await runCli(['import', path, '--merchant', 'chez-import'], { dataDir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Achats : 2 ajoutés, 0 déjà importés/);
    const second = await runCli(['import', path, '--merchant', 'chez-import'], { dataDir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Achats : 0 ajoutés, 2 déjà importés/);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  },
  TIMEOUT,
);
