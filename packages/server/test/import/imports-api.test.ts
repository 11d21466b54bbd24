import pino from 'pino';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import type { Services } from '../../src/http/types.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { serverJobs } from '../../src/jobs/server-jobs.ts';
import { signInMember } from '../http/team-members.ts';
import { describeEachBackend } from '../support/backends.ts';
import { signUpOwner, type TestClient, testClient, testServices } from '../support/test-app.ts';

/** A French till export as Excel users save it: two title lines, `;`, decimal commas, TVA. */
const TILL_EXPORT = `Export des ventes;;;;;
Boutique du Marché - du 01/03/2024 au 31/03/2024;;;;;
N° client;Client;Date;N° ticket;Montant TTC;Montant TVA
C001;Léa Martin;05/03/2024;T100;12,50;2,08
C002;Paul Durand;06/03/2024;T101;8,00;1,33
C001;Léa Martin;07/03/2024;T102;20,00;3,33
C003;Inès Petit;32/03/2024;T103;5,00;0,83
`;

const base64 = (text: string) => Buffer.from(text).toString('base64');

async function upload(client: TestClient, cookie: string, text = TILL_EXPORT) {
  return client.request('POST', '/api/v1/imports', {
    cookie,
    body: { fileName: 'ventes-mars.csv', content: base64(text) },
  });
}

/** The job runner of a server (re)started on the same database: the kinds `habitue start` runs. */
function restartedRunner(services: Services) {
  return createJobRunner({
    db: services.db,
    logger: pino({ level: 'silent' }),
    now: () => new Date(),
    ...serverJobs(
      { webhooks: { allowPrivate: true }, publicUrl: services.config.publicUrl },
      services.mailer,
    ),
  });
}

describeEachBackend('web import: /api/v1/imports', (database) => {
  it('guesses the columns of a till export, previews, dry-runs, and imports on the job runner', async () => {
    const services = testServices(database());
    const client = testClient(services);
    const owner = await signUpOwner(client);
    const uploaded = await upload(client, owner.cookie);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: 'ventes-mars.csv', status: 'uploaded' });
    const id = uploaded.body.id;

    const mapping = await client.request('GET', `/api/v1/imports/${id}/mapping`, owner);
    expect(mapping.status).toBe(200);
    expect(mapping.body.headerRow).toBe(3);
    const fieldOf = (header: string) =>
      mapping.body.columns.find((c: { header: string }) => c.header === header)?.field;
    expect(fieldOf('N° client')).toBe('customerRef');
    expect(fieldOf('Montant TTC')).toBe('amount');
    expect(fieldOf('Montant TVA')).toBeNull();
    expect(mapping.body.columns[0].samples).toEqual(['C001', 'C002', 'C003']);
    expect(mapping.body.problems).toEqual([]);
    expect(mapping.body.fields.map((f: { field: string }) => f.field)).toContain('unitPrice');

    // The owner names the customers' column "lastName" and leaves the receipt number out.
    const changed = await client.request('PUT', `/api/v1/imports/${id}/mapping`, {
      cookie: owner.cookie,
      body: {
        columns: [
          { column: 2, field: 'lastName' },
          { column: 4, field: null },
        ],
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.columns[1]).toMatchObject({ field: 'lastName', chosen: true });
    expect(changed.body.columns[3]).toMatchObject({ field: null, chosen: true });

    const preview = await client.request('GET', `/api/v1/imports/${id}/preview`, owner);
    expect(preview.status).toBe(200);
    expect(preview.body.rows).toHaveLength(4);
    expect(preview.body.rows[0]).toMatchObject({
      line: 4,
      row: { customerRef: 'C001', lastName: 'Léa Martin', date: '2024-03-05', amountCents: 1250 },
      problems: [],
    });
    expect(preview.body.rows[3].problems).toEqual([{ field: 'date', problem: 'unreadable-date' }]);

    const dryRun = await client.request('POST', `/api/v1/imports/${id}/dry-run`, owner);
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({
      kind: 'dry-run',
      outcome: 'dry-run',
      rowsRead: 4,
      counts: { customersAdded: 2, purchasesAdded: 3 },
      rowProblemCount: 1,
      rowProblems: [{ line: 7, field: 'date', problem: 'unreadable-date' }],
    });
    expect(await customerCount(client, owner.cookie)).toBe(0);

    const csv = await client.request('GET', `/api/v1/imports/${id}/report?locale=fr`, owner);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toBe('Ligne;Champ;Code;Problème\r\n7;date;unreadable-date;date illisible\r\n');
    // Made for a French Excel: UTF-8 with its byte-order mark (which text decoding hides).
    const raw = await client.app.request(`/api/v1/imports/${id}/report`, {
      headers: { cookie: owner.cookie },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const english = await client.request('GET', `/api/v1/imports/${id}/report?locale=en`, owner);
    expect(english.body).toBe(
      'Line,Field,Code,Problem\r\n7,date,unreadable-date,unreadable date\r\n',
    );

    // With a row problem, nothing is written unless the owner asks for the valid rows only.
    const refusedRun = await client.request('POST', `/api/v1/imports/${id}/run`, {
      cookie: owner.cookie,
      body: { validRowsOnly: false },
    });
    expect(refusedRun.status).toBe(202);
    expect(refusedRun.body.status).toBe('queued');
    await restartedRunner(services).runDue();
    const refused = await client.request('GET', `/api/v1/imports/${id}`, owner);
    expect(refused.body).toMatchObject({ status: 'refused', report: { outcome: 'row-problems' } });
    expect(await customerCount(client, owner.cookie)).toBe(0);

    const run = await client.request('POST', `/api/v1/imports/${id}/run`, {
      cookie: owner.cookie,
      body: { validRowsOnly: true },
    });
    expect(run.status).toBe(202);
    await restartedRunner(services).runDue();
    const done = await client.request('GET', `/api/v1/imports/${id}`, owner);
    expect(done.body).toMatchObject({
      status: 'imported',
      step: null,
      report: {
        kind: 'import',
        outcome: 'imported',
        counts: { customersAdded: 2, purchasesAdded: 3 },
      },
    });
    expect(done.body.finishedAt).not.toBeNull();
    expect(await customerCount(client, owner.cookie)).toBe(2);
    // The file is not kept once imported, and an ended import cannot start again.
    const file = await asSystem(services.db, (tx) =>
      tx.selectFrom('import_uploads').select('file').where('id', '=', id).executeTakeFirstOrThrow(),
    );
    expect(file.file).toBeNull();
    const again = await client.request('POST', `/api/v1/imports/${id}/run`, {
      cookie: owner.cookie,
      body: { validRowsOnly: true },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('import_not_editable');
  });

  it('goes on after the request and after a restart: the job left queued is run by the next server', async () => {
    const services = testServices(database());
    const client = testClient(services);
    const owner = await signUpOwner(client);
    const id = (await upload(client, owner.cookie, TILL_EXPORT.replace('32/03', '08/03'))).body.id;
    const started = await client.request('POST', `/api/v1/imports/${id}/run`, {
      cookie: owner.cookie,
      body: {},
    });
    expect(started.status).toBe(202);
    // The server that took the request stops here; nothing ran the import yet.
    expect((await client.request('GET', `/api/v1/imports/${id}`, owner)).body.status).toBe(
      'queued',
    );
    expect(await customerCount(client, owner.cookie)).toBe(0);

    const afterRestart = testClient(testServices(database()));
    const summary = await restartedRunner(afterRestart.services).runDue();
    expect(summary).toMatchObject({ succeeded: 1 });
    const done = await afterRestart.request('GET', `/api/v1/imports/${id}`, owner);
    expect(done.body).toMatchObject({
      status: 'imported',
      report: { counts: { customersAdded: 3, purchasesAdded: 4 } },
    });
    expect(await customerCount(afterRestart, owner.cookie)).toBe(3);
  });

  it('announces one import.completed to webhooks, and nothing per customer or purchase', async () => {
    const services = testServices(database());
    const client = testClient(services);
    const owner = await signUpOwner(client);
    const hook = await client.request('POST', '/api/v1/webhooks', {
      cookie: owner.cookie,
      body: {
        url: 'https://93.184.215.14/hooks',
        events: ['import.completed', 'customer.created', 'purchase.recorded'],
      },
    });
    expect(hook.status).toBe(201);
    const id = (await upload(client, owner.cookie)).body.id;
    await client.request('POST', `/api/v1/imports/${id}/dry-run`, owner);
    await client.request('POST', `/api/v1/imports/${id}/run`, {
      cookie: owner.cookie,
      body: { validRowsOnly: true },
    });
    await restartedRunner(services).runDue();
    const deliveries = await asSystem(services.db, (tx) =>
      tx
        .selectFrom('webhook_deliveries')
        .select(['event_type', 'body'])
        .where('merchant_id', '=', owner.merchant.id)
        .execute(),
    );
    expect(deliveries.map((d) => d.event_type)).toEqual(['import.completed']);
    expect(JSON.parse(deliveries[0]!.body).data).toMatchObject({
      importId: id,
      counts: { customersAdded: 2, purchasesAdded: 3 },
    });
  });

  it('is for owners and managers; refuses a file too large or unreadable, saying why', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInMember(client, owner, 'staff');
    const manager = await signInMember(client, owner, 'manager');
    expect((await upload(client, staff.cookie)).status).toBe(403);
    expect((await upload(client, manager.cookie)).status).toBe(201);

    const tooLarge = await client.request('POST', '/api/v1/imports', {
      cookie: owner.cookie,
      body: { fileName: 'big.csv', content: 'QUFB'.repeat(3_600_000) },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'import_file_too_large', limitMiB: 10 });
    expect(tooLarge.body.detail).toContain('10 MiB');

    const empty = await client.request('POST', '/api/v1/imports', {
      cookie: owner.cookie,
      body: { fileName: 'vide.csv', content: base64('  \n') },
    });
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ code: 'import_file_unreadable', reason: 'file-empty' });
  });
});

async function customerCount(client: TestClient, cookie: string): Promise<number> {
  const list = await client.request('GET', '/api/v1/customers?limit=100', { cookie });
  expect(list.status).toBe(200);
  return list.body.items.length;
}
