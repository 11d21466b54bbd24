import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateShopHistory } from '@habitue/analytics';
import { expect, it } from 'vitest';
import { customersToWatch } from '../../../src/cli/analyze/customers-to-watch.ts';
import { analyzeJson, runAnalyze } from '../../analyze/run-analyze.ts';
import { importCsv } from '../../import/import-file.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/** The analysis date of both: Sunday 22 November 2026, 13:00 in Paris. */
const NOW = new Date('2026-11-22T12:00:00Z');
const AS_OF = '2026-11-22';
const DAY_MS = 86_400_000;

/**
 * Two years of a shop's sales as a till export, from the seeded simulator (about 200 customers).
 * With `leavers`, customers drop out often (the model sees departures); without, almost never
 * (the fit lands on its no-dropout boundary). Each customer's first sale carries their number in
 * cents, so that no two customers have the same revenue and both rankings are fully determined.
 */
function shopCsv(leavers: boolean): string {
  const end = Date.parse(`${AS_OF}T23:00:00Z`);
  const shop = simulateShopHistory({
    seed: leavers ? 12 : 34,
    start: end - 2 * 365 * DAY_MS,
    end,
    arrivalsPerDay: 0.3,
    dropout: leavers ? { a: 1, b: 4 } : { a: 0.01, b: 1_000 },
    membership: null,
  });
  const number = new Map(shop.customers.map((c, i) => [c.customerId, i + 1]));
  const seen = new Set<string>();
  const lines = ['N° client;Prénom;Date;Montant'];
  for (const t of shop.transactions) {
    const n = number.get(t.customerId)!;
    const id = `C${String(n).padStart(3, '0')}`;
    const cents = t.amountCents + (seen.has(id) ? 0 : n);
    seen.add(id);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(t.at);
    lines.push(`${id};${id};${date};${(cents / 100).toFixed(2).replace('.', ',')}`);
  }
  return `${lines.join('\n')}\n`;
}

describeEachBackend(
  'slipping away: the dashboard and `habitue analyze` follow one rule',
  (database) => {
    for (const [story, leavers] of [
      ['customers leave', true],
      ['nobody seems to leave', false],
    ] as const) {
      it(`list the same customers for the same shop when ${story}`, async () => {
        const services = testServices(database(), { now: () => NOW });
        const api = testClient(services);
        const owner = await signUpOwner(api);
        const csv = shopCsv(leavers);
        const imported = await importCsv(services.db, owner.merchant.id, csv);
        expect(imported.status).toBe('imported');
        const overview = await api.request('GET', '/api/v1/analytics/overview', owner);
        expect(overview.status, JSON.stringify(overview.body)).toBe(200);
        const card = overview.body.slippingAway as {
          basis: 'model' | 'rfm';
          basisReason: string;
          total: number;
          customers: { firstName: string }[];
        };

        const file = join(mkdtempSync(join(tmpdir(), 'habitue-one-rule-')), 'ventes.csv');
        writeFileSync(file, csv);
        const args = [file, '--customer', 'N° client', '--date', 'Date', '--amount', 'Montant'];
        const report = await analyzeJson([...args, '--as-of', AS_OF]);
        const watch = customersToWatch(report.customers, 10, report.models);

        expect(card.basisReason).toBe(watch.slippingReason);
        expect(card.basis).toBe(leavers ? 'model' : 'rfm');
        // Without departures the model is fitted at its no-dropout boundary: every P(alive) is 1.
        expect(card.basisReason).toBe(leavers ? 'model' : 'no-dropout');
        expect(card.customers.length).toBeGreaterThan(0);
        expect(card.customers.map((c) => c.firstName)).toEqual(watch.slippingAway.map((c) => c.id));

        // The readable report prints the same list, in the same order.
        const text = await runAnalyze([...args, '--as-of', AS_OF, '--lang', 'en']);
        const listed = text.stdout
          .split('\n')
          .map((line) => /^ {4}(C\d{3}) /.exec(line)?.[1])
          .filter((id): id is string => id !== undefined);
        expect(listed.slice(0, card.customers.length)).toEqual(
          card.customers.map((c) => c.firstName),
        );
      });
    }
  },
);
