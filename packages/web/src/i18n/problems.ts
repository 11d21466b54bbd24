import {
  formatMessage,
  formatNumber,
  type Lang,
  LOCALES,
  type MessageValues,
} from './format-message.ts';
import { FIELD_TEXTS, PROBLEM_TEXTS, UNKNOWN_FIELD, UNKNOWN_PROBLEM } from './problem-texts.ts';

/** A field problem as the server sends it (see the `Problem` schema of the API). */
export type FieldProblem = {
  field: string;
  message?: string;
  code?: string;
  origin?: string;
  maximum?: number;
  minimum?: number;
  inclusive?: boolean;
  format?: string;
  values?: (string | number | boolean | null)[];
};

/** What a problem needs to be worded: its code, status, field problems and extensions. */
export type ProblemParts = {
  status: number;
  code: string;
  fields: FieldProblem[];
  extra: Record<string, unknown>;
};

/**
 * A problem from the server as one sentence in `lang`, from the catalogue (never the server's
 * English `detail`). A validation problem says what is wrong with the first field.
 * @example problemText({ status: 409, code: 'voucher_expired', fields: [], extra: {} }, 'fr')
 *   // "Ce bon a expiré."
 */
export function problemText(problem: ProblemParts, lang: Lang, currency = 'EUR'): string {
  const code =
    problem.status >= 500 && !PROBLEM_TEXTS[problem.code] ? 'internal_error' : problem.code;
  const entry = PROBLEM_TEXTS[code];
  if (!entry) return formatMessage(lang, UNKNOWN_PROBLEM[lang], { code });
  const sentence = formatMessage(lang, entry[lang], valuesOf(problem.extra));
  const first = problem.fields[0];
  if (code !== 'validation_failed' || !first) return sentence;
  return `${sentence} ${fieldText(first, lang, currency)}.`;
}

/**
 * One field problem in `lang`: "Trop grand : 1 000 000,00 € au plus" for `amountCents`.
 * @example fieldText({ field: 'name', code: 'too_big', origin: 'string', maximum: 100 }, 'fr')
 *   // "Trop long : 100 caractères au plus"
 */
export function fieldText(problem: FieldProblem, lang: Lang, currency = 'EUR'): string {
  const leaf = problem.field.split('.').pop() ?? '';
  const bound = problem.maximum ?? problem.minimum;
  const values: MessageValues = {
    n: bound ?? 0,
    limit: bound === undefined ? '' : limitText(leaf, bound, lang, currency),
    values: (problem.values ?? []).map(String).join(', '),
  };
  const origin = originKind(problem.origin);
  const exclusive = problem.inclusive === false ? '.exclusive' : '';
  const candidates = [
    `${problem.field}.${problem.code}`,
    `${problem.code}.${origin}${exclusive}`,
    `${problem.code}.${origin}`,
    `${problem.code}.${problem.format}`,
    String(problem.code),
    problem.code ? '' : problem.field,
  ];
  const found = candidates.map((key) => FIELD_TEXTS[key]).find(Boolean);
  if (found) return formatMessage(lang, found[lang], values);
  // A loyalty rule's code on a field ("invalid_program") reads as the problem itself.
  const problemEntry = problem.code ? PROBLEM_TEXTS[problem.code] : undefined;
  if (problemEntry) return formatMessage(lang, problemEntry[lang], { limit: 0 });
  return UNKNOWN_FIELD[lang];
}

function originKind(origin: string | undefined): string {
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return 'number';
  if (origin === 'array' || origin === 'set') return 'array';
  return origin ?? '';
}

/** A limit as the person reads it: money for amounts in cents, a plain number otherwise. */
function limitText(field: string, n: number, lang: Lang, currency: string): string {
  if (field.endsWith('Cents') || field === 'cents') {
    return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(n / 100);
  }
  return formatNumber(lang, n);
}

/** A problem's extensions as message values; nested objects (`limit: {…}`) are flattened. */
function valuesOf(extra: Record<string, unknown>): MessageValues {
  const values: MessageValues = { seconds: 0, limit: 0, correlationId: '—' };
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value)) add(inner, v);
    } else add(key, value);
  }
  if (typeof extra.retryAfterSeconds === 'number') values.seconds = extra.retryAfterSeconds;
  return values;
}
