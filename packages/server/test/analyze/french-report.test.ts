import { describe, expect, it } from 'vitest';
import { runAnalyze, writeFixture } from './run-analyze.ts';

/** 30 customers over 2024, two to six visits each, and one exact duplicate line (skipped). */
function shopCsv(): string {
  const lines = ['client;date;montant'];
  for (let c = 0; c < 30; c++) {
    for (let v = 0; v < 2 + (c % 5); v++) {
      const day = 1 + ((c * 5 + v * 11) % 27);
      lines.push(
        `K${c};${day}/${1 + ((c + v * 3) % 12)}/2024;${8 + ((c * 7 + v * 13) % 23)},${v}0`,
      );
    }
  }
  lines.push(lines[1]!);
  return `${lines.join('\n')}\n`;
}

describe('the French report reads like a shop owner’s', () => {
  it('gets plurals right, writes dates the French way, gives ranges and keeps the models for an appendix', async () => {
    const { stdout, code } = await runAnalyze([
      writeFixture('boutique.csv', shopCsv()),
      '--margin',
      '0.3',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/utilisées, 1 ignorée\n/);
    expect(stdout).toMatch(/Période : du \d{1,2} janv\. 2024 au \d{1,2} déc\. 2024/);
    expect(stdout).toMatch(
      /Données : 30 clients, dont \d+ revenus, sur \d+ mois — assez pour une tendance/,
    );
    expect(stdout).toMatch(/Achats attendus +entre \d+ et \d+\n/);
    expect(stdout).toContain('1 client, ');
    const main = stdout.slice(0, stdout.indexOf('Annexe technique'));
    expect(main).toContain('Clients à contacter');
    expect(main).not.toMatch(/log-vraisemblance|AIC/);
  });

  it('prints the date format found, the currency, the tax basis and the horizon in words', async () => {
    const iso = shopCsv()
      .replace('client;date;montant', 'client;date;Total TTC')
      .replace(
        /(\d{1,2})\/(\d{1,2})\/2024/g,
        (_, d, m) => `2024-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
      );
    const { stdout, code } = await runAnalyze([writeFixture('iso.csv', iso)]);
    expect(code).toBe(0);
    expect(stdout).toContain('dates année-mois-jour');
    expect(stdout).not.toContain('dates jour/mois');
    expect(stdout).toMatch(/Chiffre d'affaires TTC \(net des remboursements\) +[\d\s]+\s€\n/u);
    expect(stdout).toMatch(/Panier moyen \(par jour d'achat\) +\d+,\d\d\s€\n/u);
    expect(stdout).toContain('Prévisions sur 12 mois');
    const main = stdout.slice(0, stdout.indexOf('Annexe technique'));
    expect(main).not.toContain('--margin');
    expect(main).not.toMatch(/P\(actif\)|CLV/);
  });

  it('says when the file does not tell HT from TTC', async () => {
    const { stdout } = await runAnalyze([writeFixture('boutique.csv', shopCsv())]);
    expect(stdout).toContain('le fichier ne dit pas s’ils sont HT ou TTC');
    expect(stdout).toContain('dates jour/mois/année');
  });

  it('explains the RFM’s and the model’s departures together, and never lists nobody while the RFM counts absent customers', async () => {
    const { stdout } = await runAnalyze([writeFixture('boutique.csv', shopCsv())]);
    expect(stdout).toContain('Deux regards sur les départs. Les segments RFM regardent le passé');
    expect(stdout).toMatch(
      /Segments « À ne pas perdre », « À risque », « En sommeil » et « Perdus » : \d+ clients?\./,
    );
    const list = stdout.slice(stdout.indexOf('Clients à contacter'), stdout.indexOf('Plus forte'));
    expect(list).not.toContain('(aucun)');
  });
});
