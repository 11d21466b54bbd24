import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInMember } from '../team-members.ts';

describeEachBackend('exports of customers, purchases and the ledger', (database) => {
  async function shop() {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const hostile = await buildCustomer(client, auth, {
      firstName: '=HYPERLINK("http://evil.example")',
      lastName: '+Dupont; "le grand"',
      email: 'dupont@exemple.fr',
    });
    const lea = await buildCustomer(client, auth, { email: 'lea@exemple.fr' });
    const bought = await purchase(client, auth, { customerId: hostile.id, amountCents: 1250 });
    expect(bought.status).toBe(201);
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${bought.body.purchaseId}/refund`,
      {
        ...auth,
        body: {},
      },
    );
    await purchase(client, auth, { customerId: lea.id, amountCents: 399 });
    await client.request('PUT', `/api/v1/customers/${lea.id}/tags`, {
      ...auth,
      body: { tags: ['vip'] },
    });
    return { client, auth, owner, hostile, lea, refundStatus: refund.status };
  }

  async function download(
    client: ReturnType<typeof testClient>,
    cookie: string,
    path: string,
  ): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const r = await client.app.request(path, { headers: { cookie } });
    return {
      status: r.status,
      type: r.headers.get('content-type'),
      bytes: Buffer.from(await r.arrayBuffer()),
    };
  }

  it('writes a French Excel CSV by default: BOM, semicolons, decimal commas, neutralised text', async () => {
    const { client, auth, hostile } = await shop();
    const file = await download(client, auth.cookie, '/api/v1/exports/purchases');
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFAchat;Date;Client;Prénom;Nom;Montant;')).toBe(true);
    const line = text.split('\r\n').find((l) => l.includes(hostile.id))!;
    expect(line).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
    expect(line).toContain(`;"'+Dupont; ""le grand""";12,50;`);
    expect(line).toMatch(/;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);

    const en = (await download(client, auth.cookie, '/api/v1/exports/purchases?locale=en')).bytes
      .toString('utf8')
      .split('\r\n');
    expect(en[0]).toBe(
      '\uFEFFPurchase,Date,Customer,First name,Last name,Amount,Refunded,Net,Location,Source,Reference',
    );
    expect(en.find((l) => l.includes(hostile.id))).toContain(',12.50,');
  });

  it('exports the customers list with its filters', async () => {
    const { client, auth, lea, hostile } = await shop();
    const all = (await download(client, auth.cookie, '/api/v1/exports/customers')).bytes.toString(
      'utf8',
    );
    expect(all).toContain(lea.id);
    expect(all).toContain(hostile.id);
    expect(all).toContain('lea@exemple.fr');
    const vip = (
      await download(client, auth.cookie, '/api/v1/exports/customers?tag=vip')
    ).bytes.toString('utf8');
    const lines = vip.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(lea.id);
    expect(lines[1]).toContain(';3,99;');
    const named = (
      await download(client, auth.cookie, '/api/v1/exports/customers?query=dupont')
    ).bytes.toString('utf8');
    expect(named).toContain(hostile.id);
    expect(named).not.toContain(lea.id);
  });

  it('writes XLSX with real number and date cells', async () => {
    const { client, auth, lea } = await shop();
    const file = await download(client, auth.cookie, '/api/v1/exports/purchases?format=xlsx');
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(6).value).toBe('Montant');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push(row));
    expect(rows).toHaveLength(2);
    const leaRow = rows.find((r) => r.getCell(3).value === lea.id)!;
    expect(leaRow.getCell(6).value).toBe(3.99);
    expect(leaRow.getCell(2).value).toBeInstanceOf(Date);

    const ledger = await download(client, auth.cookie, '/api/v1/exports/ledger?format=xlsx');
    const ledgerBook = new ExcelJS.Workbook();
    await ledgerBook.xlsx.load(ledger.bytes as unknown as ArrayBuffer);
    const deltas: unknown[] = [];
    ledgerBook.worksheets[0]!.eachRow((row, n) => n > 1 && deltas.push(row.getCell(8).value));
    expect(deltas.length).toBeGreaterThan(0);
    for (const d of deltas) expect(typeof d).toBe('number');
  });

  it('exports the ledger with negative movements as numbers', async () => {
    const { client, auth, hostile, refundStatus } = await shop();
    expect(refundStatus).toBe(201);
    const text = (await download(client, auth.cookie, '/api/v1/exports/ledger')).bytes.toString(
      'utf8',
    );
    const mine = text.split('\r\n').filter((l) => l.includes(hostile.id));
    expect(mine.some((l) => /;-1;/.test(l))).toBe(true);
    expect(mine.every((l) => !l.includes("'-"))).toBe(true);
  });

  it('lets owners and managers export, never staff', async () => {
    const { client, owner } = await shop();
    const manager = await signInMember(client, owner, 'manager');
    const staff = await signInMember(client, owner, 'staff');
    for (const path of ['customers', 'purchases', 'ledger']) {
      expect((await download(client, manager.cookie, `/api/v1/exports/${path}`)).status).toBe(200);
      expect((await download(client, staff.cookie, `/api/v1/exports/${path}`)).status).toBe(403);
    }
  });
});
