import type { ImportFile } from '@habitue/import';
import type { ImportResult } from '../../use-cases/imports/import-customers-and-purchases.ts';
import type { Lang } from '../analyze/analyze-options.ts';
import { rowProblemText } from './import-messages.ts';

/** Row problems listed in full up to this many; the rest are counted. */
const LISTED_PROBLEMS = 50;

/**
 * What the import read and did, for the owner: the columns used, the counts (added, already
 * there), what was left out and why, line by line.
 */
export function renderImportReport(
  lang: Lang,
  context: { file: string; merchant: string; currency: string },
  read: ImportFile,
  result: ImportResult,
): string {
  const fr = lang === 'fr';
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  const money = (cents: number) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: context.currency }).format(
      cents / 100,
    );
  const colon = fr ? ' : ' : ': ';
  const out: string[] = [];
  out.push(
    fr
      ? `Import de ${context.file} dans « ${context.merchant} »`
      : `Import of ${context.file} into "${context.merchant}"`,
  );
  const columns = Object.entries(read.mapping)
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
    .map(([field, index]) => `${read.headers[index!] ?? `#${index! + 1}`} → ${field}`);
  out.push(`${fr ? 'Colonnes' : 'Columns'}${colon}${columns.join(', ')}`);
  if (read.headerLine !== null && read.headerLine > 1) {
    out.push(`${fr ? 'En-tête à la ligne' : 'Header on line'} ${read.headerLine}`);
  }
  for (const notice of read.notices) {
    out.push(
      notice === 'amount-is-unit-price'
        ? fr
          ? 'Le montant donné est un prix unitaire : il est multiplié par la quantité.'
          : 'The amount given is a unit price: it is multiplied by the quantity.'
        : fr
          ? 'Seul un montant HT a été trouvé : les achats sont importés HT.'
          : 'Only a before-tax amount was found: purchases are imported before tax.',
    );
  }
  out.push(`${fr ? 'Lignes lues' : 'Rows read'}${colon}${n(read.rowsRead)}`);
  if (result.status === 'imported' || result.status === 'dry-run') {
    const c = result.counts;
    const would = result.status === 'dry-run';
    const added = fr ? (would ? 'à ajouter' : 'ajoutés') : would ? 'to add' : 'added';
    out.push(
      `${fr ? 'Clients' : 'Customers'}${colon}${n(c.customersAdded)} ${added}, ${n(c.customersKnown)} ${fr ? 'déjà connus' : 'already known'}`,
      `${fr ? 'Achats' : 'Purchases'}${colon}${n(c.purchasesAdded)} ${added}, ${n(c.purchasesKnown)} ${fr ? 'déjà importés' : 'already imported'}`,
    );
    if (c.refundsAdded > 0 || c.cancellationsWithoutSale.count > 0) {
      out.push(
        `${fr ? 'Annulations et avoirs' : 'Cancellations and credit notes'}${colon}${n(c.refundsAdded)} ${fr ? 'remboursements' : 'refunds'} ${added}` +
          (c.cancellationsWithoutSale.count > 0
            ? fr
              ? `, ${n(c.cancellationsWithoutSale.count)} sans vente correspondante dans le fichier (${money(c.cancellationsWithoutSale.amountCents)}), non importées`
              : `, ${n(c.cancellationsWithoutSale.count)} without a matching sale in the file (${money(c.cancellationsWithoutSale.amountCents)}), not imported`
            : ''),
      );
    }
    if (c.openingBalancesAdded > 0 || c.openingBalancesKnown > 0) {
      out.push(
        `${fr ? 'Soldes d’ouverture' : 'Opening balances'}${colon}${n(c.openingBalancesAdded)} ${added}, ${n(c.openingBalancesKnown)} ${fr ? 'déjà repris' : 'already carried over'}`,
      );
    }
    out.push(
      `${fr ? 'Consentements' : 'Consents'}${colon}${n(c.consentsAdded)} ${fr ? (would ? 'à enregistrer' : 'enregistrés') : would ? 'to record' : 'recorded'}`,
    );
    if (c.tagsAdded > 0)
      out.push(`${fr ? 'Étiquettes' : 'Tags'}${colon}${n(c.tagsAdded)} ${added}`);
  }
  if (read.consentsWithoutProof > 0) {
    out.push(
      fr
        ? `Consentements sans preuve (date et source)${colon}${n(read.consentsWithoutProof)} lignes, non repris`
        : `Consents without proof (date and source)${colon}${n(read.consentsWithoutProof)} rows, not assumed`,
    );
  }
  if (read.withoutCustomer.rows > 0) {
    out.push(
      fr
        ? `Ventes sans client${colon}${n(read.withoutCustomer.rows)} lignes (${money(read.withoutCustomer.amountCents)}), non importées`
        : `Sales without a customer${colon}${n(read.withoutCustomer.rows)} rows (${money(read.withoutCustomer.amountCents)}), not imported`,
    );
  }
  const stored = result.status === 'unknown-programs' ? [] : result.rowProblems;
  const problems = [...read.rowProblems, ...stored].sort((a, b) => a.line - b.line);
  if (problems.length > 0) {
    out.push(`${fr ? 'Lignes refusées' : 'Rows refused'}${colon}${n(problems.length)}`);
    for (const p of problems.slice(0, LISTED_PROBLEMS)) out.push(`  ${rowProblemText(lang, p)}`);
    if (problems.length > LISTED_PROBLEMS) {
      out.push(
        `  … ${fr ? 'et' : 'and'} ${n(problems.length - LISTED_PROBLEMS)} ${fr ? 'autres' : 'more'}`,
      );
    }
  }
  out.push('', conclusion(lang, result, problems.length));
  return `${out.join('\n')}\n`;
}

function conclusion(lang: Lang, result: ImportResult, problems: number): string {
  const fr = lang === 'fr';
  switch (result.status) {
    case 'imported':
      return fr ? 'Import terminé.' : 'Import done.';
    case 'dry-run':
      return fr
        ? 'Simulation (--dry-run) : rien n’a été écrit.'
        : 'Dry run (--dry-run): nothing was written.';
    case 'row-problems':
      return fr
        ? `Rien n’a été importé : ${problems} lignes ont des problèmes. Corrigez le fichier, ou relancez avec --valid-rows-only pour importer les autres lignes.`
        : `Nothing was imported: ${problems} rows have problems. Fix the file, or run again with --valid-rows-only to import the other rows.`;
    case 'unknown-programs':
      return fr
        ? `Rien n’a été importé : la boutique n’a pas de programme ${result.programs.join(', ')} (openingBalance:<programId>).`
        : `Nothing was imported: the shop has no program ${result.programs.join(', ')} (openingBalance:<programId>).`;
  }
}
