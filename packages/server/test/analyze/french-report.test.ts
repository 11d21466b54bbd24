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
});
