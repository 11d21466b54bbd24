import { describe, expect, it } from 'vitest';
import { runAnalyze, writeFixture } from './run-analyze.ts';

describe('habitue analyze on a file it cannot use', () => {
  const cases = [
    {
      name: 'missing file',
      argv: () => ['/nonexistent/ventes.csv'],
      code: 1,
      fr: 'Fichier introuvable : /nonexistent/ventes.csv',
      en: 'File not found: /nonexistent/ventes.csv',
    },
    {
      name: 'empty file',
      argv: () => [writeFixture('empty.csv', '')],
      code: 1,
      fr: 'est vide',
      en: 'is empty',
    },
    {
      name: 'blank lines only',
      argv: () => [writeFixture('blank.csv', '\n\r\n  \n')],
      code: 1,
      fr: 'est vide',
      en: 'is empty',
    },
    {
      name: 'no recognisable columns',
      argv: () => [writeFixture('cols.csv', 'produit;stock\nbaguette;12\n')],
      code: 1,
      fr: 'Colonne(s) introuvable(s) : client, date, montant. Colonnes du fichier : produit, stock.',
      en: 'Column(s) not found: customer, date, amount. Columns in the file: produit, stock.',
    },
    {
      name: 'no valid rows',
      argv: () => [writeFixture('bad.csv', 'client;date;montant\nA;hier;12\n;01/01/2024;3\n')],
      code: 1,
      fr: 'Aucune ligne utilisable',
      en: 'No usable row',
    },
    {
      name: 'headerless without column numbers',
      argv: () => [writeFixture('nohead.txt', ' 0001 19970101 2 29.33\n')],
      code: 1,
      fr: "n'a pas de ligne d'en-tête (4 colonnes) : indiquez les colonnes par leur numéro",
      en: 'has no header line (4 columns): give the column numbers',
    },
    {
      name: 'unknown column name',
      argv: () => [
        writeFixture('named.csv', 'client;date;montant\nA;01/01/2024;3\n'),
        '--amount',
        'prix',
      ],
      code: 1,
      fr: "La colonne « prix » (--amount) n'existe pas",
      en: 'Column "prix" (--amount) does not exist',
    },
    {
      name: 'an old binary .xls',
      argv: () => [writeFixture('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]))],
      code: 1,
      fr: "n'est ni un fichier CSV/texte ni un classeur XLSX",
      en: 'is neither a CSV/text file nor an XLSX workbook',
    },
    { name: 'no file argument', argv: () => [], code: 2, fr: 'Utilisation :', en: 'Usage:' },
    {
      name: 'bad option value',
      argv: () => ['x.csv', '--horizon', 'forever'],
      code: 2,
      fr: 'Option --horizon invalide : « forever ». Attendu : une durée comme 12m',
      en: 'Invalid --horizon: "forever". Expected a duration such as 12m',
    },
  ];

  for (const lang of ['fr', 'en'] as const) {
    it.each(cases)(`$name → exit $code with a clear message (${lang})`, async (c) => {
      const result = await runAnalyze([...c.argv(), '--lang', lang]);
      expect(result.code).toBe(c.code);
      expect(result.stderr).toContain(c[lang]);
      expect(result.stdout).toBe('');
    });
  }

  it('refuses a calibration end outside the data', async () => {
    const path = writeFixture('cal.csv', 'client;date;montant\nA;01/01/2024;3\nA;01/02/2024;4\n');
    const result = await runAnalyze([path, '--calibration-end', '2024-03-01', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Invalid --calibration-end: "2024-03-01". Expected 2024-01-01 … 2024-01-31.',
    );
  });

  it('prints the usage with --help and exits 0', async () => {
    const result = await runAnalyze(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--calibration-end');
  });
});
