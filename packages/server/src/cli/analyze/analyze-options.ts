import { parseArgs } from 'node:util';
import type { TimeUnit } from '@habitue/analytics';
import type { ColumnOverrides } from '@habitue/import';
import { parseDateCell } from '@habitue/import';
import { AnalyzeError } from './analyze-error.ts';

export type Lang = 'fr' | 'en';

/** `habitue analyze` options once checked; days are days since 1970-01-01. */
export interface AnalyzeOptions {
  file: string;
  overrides: ColumnOverrides;
  /** `--header-row`: the header's line (row in XLSX), or null to find it. */
  headerLine: number | null;
  asOfDay: number | null;
  calibrationEndDay: number | null;
  unit: TimeUnit;
  horizon: Horizon;
  monthlyDiscountRate: number;
  /** Share of revenue kept as margin; 1 means CLV in revenue. */
  margin: number;
  marginGiven: boolean;
  lang: Lang;
  /** What to write: the text report, the JSON document, or one CSV line per customer. */
  output: 'text' | 'json' | 'csv';
  /** The parts of the analysis beyond the fits and predictions, each of which can be left out. */
  parts: AnalysisParts;
  progress: boolean;
  keepDuplicates: boolean;
  /** How many customers to list in "customers to watch". */
  top: number;
  /** Purchase-count models to fit (Pareto/NBD is the slow one on big files). */
  models: PurchaseModelName[];
}

/**
 * The optional parts of `habitue analyze`: the seasons (the models fitted on the shop's seasonal
 * time scale), the backtest (the whole analysis again on the history before the last horizon)
 * and the 80 % intervals. `--quick` leaves all three out: the fits, predictions and RFM alone.
 */
export interface AnalysisParts {
  seasons: boolean;
  backtest: boolean;
  intervals: boolean;
}

export const PURCHASE_MODEL_NAMES = ['bgnbd', 'paretonbd'] as const;
export type PurchaseModelName = (typeof PURCHASE_MODEL_NAMES)[number];

/** A CLV horizon as written (`12m`, `52w`, `365d`, `1y`) and its length in days. */
export interface Horizon {
  text: string;
  days: number;
}

const DAYS_PER = { d: 1, w: 7, m: 365.25 / 12, y: 365.25 } as const;

/** The option table, shared with the usage text. */
export const OPTION_SPEC = {
  customer: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'string' },
  'header-row': { type: 'string' },
  'as-of': { type: 'string' },
  'calibration-end': { type: 'string' },
  unit: { type: 'string', default: 'week' },
  horizon: { type: 'string', default: '12m' },
  'discount-rate': { type: 'string', default: '0.01' },
  margin: { type: 'string' },
  lang: { type: 'string', default: 'fr' },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  quick: { type: 'boolean', default: false },
  'no-seasons': { type: 'boolean', default: false },
  'no-backtest': { type: 'boolean', default: false },
  'no-intervals': { type: 'boolean', default: false },
  progress: { type: 'boolean', default: false },
  'keep-duplicates': { type: 'boolean', default: false },
  top: { type: 'string', default: '10' },
  models: { type: 'string', default: 'bgnbd,paretonbd' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Only the language, read leniently, so that even a usage error is in the right language. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = argv[i]?.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return i >= 0 && value === 'en' ? 'en' : 'fr';
}

/** argv after `analyze` → options, or an AnalyzeError ('usage' / 'bad-option'). */
export function parseAnalyzeOptions(argv: string[]): AnalyzeOptions | 'help' {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTION_SPEC; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true });
  } catch (error) {
    throw new AnalyzeError('usage', { detail: (error as Error).message });
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new AnalyzeError('usage', { detail: 'FILE' });
  const bad = (option: string, value: string, expected: string) =>
    new AnalyzeError('bad-option', { option, value, expected });
  const day = (option: string, value: string | undefined) => {
    if (value === undefined) return null;
    const parsedDay = parseDateCell(value, 'dmy');
    if (parsedDay === null) throw bad(option, value, 'date');
    return parsedDay;
  };
  const fraction = (option: string, value: string, max: number) => {
    const number = Number(value.replace(',', '.').replace(/%$/, ''));
    const scaled = value.endsWith('%') ? number / 100 : number;
    if (!Number.isFinite(scaled) || scaled < 0 || scaled > max) throw bad(option, value, 'rate');
    return scaled;
  };
  if (values.unit !== 'day' && values.unit !== 'week') throw bad('unit', values.unit, 'unit');
  if (values.lang !== 'fr' && values.lang !== 'en') throw bad('lang', values.lang, 'lang');
  const horizon = /^(\d+(?:[.,]\d+)?)\s*([dwmy])$/i.exec(values.horizon.trim());
  if (!horizon) throw bad('horizon', values.horizon, 'horizon');
  const unitLetter = horizon[2]!.toLowerCase() as keyof typeof DAYS_PER;
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 0) throw bad('top', values.top, 'count');
  const models = values.models.split(',').map((m) => m.trim().toLowerCase());
  if (
    models.length === 0 ||
    !models.every((m) => (PURCHASE_MODEL_NAMES as readonly string[]).includes(m))
  ) {
    throw bad('models', values.models, 'models');
  }
  const headerRow = values['header-row'];
  const headerLine = headerRow === undefined ? null : Number(headerRow);
  if (headerLine !== null && (!Number.isInteger(headerLine) || headerLine < 1)) {
    throw bad('header-row', headerRow!, 'line');
  }
  if (values.json && values.csv) throw bad('csv', '--json', 'one-output');
  const asOfDay = day('as-of', values['as-of']);
  const calibrationEndDay = day('calibration-end', values['calibration-end']);
  if (asOfDay !== null && calibrationEndDay !== null && calibrationEndDay >= asOfDay) {
    throw bad('calibration-end', values['calibration-end']!, 'before-as-of');
  }
  return {
    file: positionals[0]!,
    overrides: { customer: values.customer, date: values.date, amount: values.amount },
    headerLine,
    asOfDay,
    calibrationEndDay,
    unit: values.unit,
    horizon: {
      text: values.horizon.trim(),
      days: Number(horizon[1]!.replace(',', '.')) * DAYS_PER[unitLetter],
    },
    monthlyDiscountRate: fraction('discount-rate', values['discount-rate'], 1),
    margin: values.margin === undefined ? 1 : fraction('margin', values.margin, 1),
    marginGiven: values.margin !== undefined,
    lang: values.lang,
    output: values.json ? 'json' : values.csv ? 'csv' : 'text',
    parts: {
      seasons: !(values.quick || values['no-seasons']),
      backtest: !(values.quick || values['no-backtest']),
      intervals: !(values.quick || values['no-intervals']),
    },
    progress: values.progress,
    keepDuplicates: values['keep-duplicates'],
    top,
    models: [...new Set(models)] as PurchaseModelName[],
  };
}
