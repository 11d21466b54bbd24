import { describe, expect, it } from 'vitest';
import { analyzeJson, runAnalyze, writeFixture } from './run-analyze.ts';

/** A till export with two title lines, HT, VAT and TTC columns, and a sale without a card. */
const TILL_EXPORT = [
  'Journal des ventes',
  'Du 01/03/2024 au 31/03/2024',
  'N° ticket;Client;N° client;Date;Total HT;Montant TVA;Total TTC',
  '1001;Dupont;C1;05/03/2024;10,00;2,00;12,00',
  '1002;Dupont;C2;05/03/2024;20,00;4,00;24,00',
  '1003;;;06/03/2024;5,00;1,00;6,00',
  'AV1001;Dupont;C1;07/03/2024;10,00;2,00;12,00',
].join('\r\n');

describe('habitue analyze on a French till export', () => {
  it('says which columns it used: the customer number, TTC, the ticket and the header line', async () => {
    const report = await analyzeJson([writeFixture('journal.csv', TILL_EXPORT)]);
    expect(report.summary.file).toMatchObject({
      columns: { customer: 'N° client', date: 'Date', amount: 'Total TTC' },
      headerLine: 3,
      amountBasis: 'ttc',
      invoiceColumn: 'N° ticket',
      notices: [],
    });
    expect(report.summary.rows.withoutCustomer).toEqual({ rows: 1, amount: 6 });
    expect(report.summary.rows.receipts).toBe(3); // 1001, 1002 and the credit note AV1001
    expect(report.summary.revenue).toBe(24);
  });

  it('prints the tax basis and the sales without a customer in the readable report', async () => {
    const { code, stdout } = await runAnalyze([writeFixture('journal.csv', TILL_EXPORT)]);
    expect(code).toBe(0);
    expect(stdout).toContain('en-tête ligne 3');
    expect(stdout).toContain('montant = Total TTC (TTC), ticket/facture = N° ticket');
    expect(stdout).toMatch(/Ventes sans client : 1 ligne, 6\s€ /u);
    expect(stdout).toContain('Tickets ou factures : 3 (1 ligne par ticket en moyenne)');
  });

  it('takes the header line given with --header-row, and refuses one that is not a line', async () => {
    const path = writeFixture('journal.csv', TILL_EXPORT);
    const report = await analyzeJson([path, '--header-row', '3']);
    expect(report.summary.file.headerLine).toBe(3);
    const zero = await runAnalyze([path, '--header-row', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--header-row');
    const past = await runAnalyze([path, '--header-row', '99', '--lang', 'en']);
    expect(past.code).toBe(1);
    expect(past.stderr).toContain('Line 99 (--header-row) is empty or past the end of the file.');
  });

  it('says so when the amount given is a unit price next to a quantity', async () => {
    const csv = 'Code client;Date;Qté;Prix unitaire\nC1;05/03/2024;3;2,00\n';
    const path = writeFixture('lignes.csv', csv);
    const { stdout } = await runAnalyze([path, '--amount', 'Prix unitaire']);
    expect(stdout).toContain('La colonne donnée comme montant est un prix unitaire');
    const report = await analyzeJson([path, '--amount', 'Prix unitaire']);
    expect(report.summary.revenue).toBe(6);
  });
});
