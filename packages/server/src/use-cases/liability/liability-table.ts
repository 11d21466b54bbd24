import type { ExportColumn, ExportLocale, ExportTable } from '../exports/columns.ts';
import type { LiabilityReport } from './report-liability.ts';

const COLUMNS = [
  { key: 'month', label: { fr: 'Mois', en: 'Month' }, kind: 'text' },
  { key: 'program', label: { fr: 'Programme', en: 'Program' }, kind: 'text' },
  { key: 'unit', label: { fr: 'Unité', en: 'Unit' }, kind: 'text' },
  { key: 'outstanding', label: { fr: 'Solde dû', en: 'Outstanding' }, kind: 'integer' },
  {
    key: 'openVouchers',
    label: { fr: 'Bons non utilisés', en: 'Unused vouchers' },
    kind: 'integer',
  },
  { key: 'atCost', label: { fr: 'Au prix de revient', en: 'At cost price' }, kind: 'cents' },
  {
    key: 'usePercent',
    label: { fr: "Probabilité d'utilisation (%)", en: 'Probability of use (%)' },
    kind: 'integer',
  },
  {
    key: 'voucherUsePercent',
    label: { fr: "Probabilité d'utilisation des bons (%)", en: 'Voucher probability of use (%)' },
    kind: 'integer',
  },
  {
    key: 'provision',
    label: { fr: 'Provision (PCG)', en: 'Provision (French GAAP)' },
    kind: 'cents',
  },
  {
    key: 'contractLiability',
    label: { fr: 'Passif de contrat (IFRS 15)', en: 'Contract liability (IFRS 15)' },
    kind: 'cents',
  },
] as const satisfies readonly ExportColumn[];

/** The report as a file: one row per month and program, months oldest first. */
export function liabilityTable(report: LiabilityReport, locale: ExportLocale): ExportTable {
  async function* rows() {
    for (const [i, month] of report.months.entries()) {
      for (const p of report.programs) {
        const m = p.months[i]!;
        yield {
          month,
          program: p.name[locale],
          unit: p.unit,
          outstanding: m.outstandingUnits,
          openVouchers: m.openVouchers,
          atCost: m.atCostCents,
          usePercent: Math.round(m.useProbability * 100),
          voucherUsePercent: Math.round(m.voucherUseProbability * 100),
          provision: m.provisionCents,
          contractLiability: m.contractLiabilityCents,
        };
      }
    }
  }
  return { name: 'liability', columns: COLUMNS, timeZone: report.timeZone, rows: rows() };
}
