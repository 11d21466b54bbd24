import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type ColumnMapOption, type MapOptionProblem, parseMapOption } from '@habitue/import';
import type { Lang } from '../analyze/analyze-options.ts';

/** `habitue import` options once checked. */
export interface ImportCommandOptions {
  file: string;
  merchant: string;
  dryRun: boolean;
  validRowsOnly: boolean;
  maps: ColumnMapOption[];
  /** `--header-row`: the header's line (row in XLSX), or null to find it. */
  headerLine: number | null;
  lang: Lang;
}

/** Why the command line cannot be used (exit code 2). */
export type ImportUsageProblem =
  | { code: 'usage'; detail: string }
  | { code: 'bad-map'; value: string; problem: MapOptionProblem }
  | { code: 'bad-header-row'; value: string };

const OPTION_SPEC = {
  merchant: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'valid-rows-only': { type: 'boolean', default: false },
  map: { type: 'string', multiple: true },
  'header-row': { type: 'string' },
  lang: { type: 'string', default: 'fr' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies NonNullable<ParseArgsConfig['options']>;

/** argv after `import` → options, 'help', or what is wrong with it. */
export function parseImportOptions(
  argv: string[],
): ImportCommandOptions | 'help' | ImportUsageProblem {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTION_SPEC; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTION_SPEC, allowPositionals: true });
  } catch (error) {
    return { code: 'usage', detail: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) return { code: 'usage', detail: 'one FILE' };
  if (!values.merchant?.trim()) return { code: 'usage', detail: '--merchant SLUG' };
  if (values.lang !== 'fr' && values.lang !== 'en')
    return { code: 'usage', detail: '--lang fr|en' };
  const maps: ColumnMapOption[] = [];
  for (const value of values.map ?? []) {
    const result = parseMapOption(value);
    if (!result.ok) return { code: 'bad-map', value, problem: result.problem };
    maps.push(result.value);
  }
  let headerLine: number | null = null;
  if (values['header-row'] !== undefined) {
    const text = values['header-row'];
    if (!/^\d+$/.test(text) || Number(text) < 1) return { code: 'bad-header-row', value: text };
    headerLine = Number(text);
  }
  return {
    file: positionals[0]!,
    merchant: values.merchant.trim(),
    dryRun: values['dry-run'],
    validRowsOnly: values['valid-rows-only'],
    maps,
    headerLine,
    lang: values.lang,
  };
}
