/**
 * Message formatting: `{name}` placeholders and the plural part of ICU MessageFormat,
 * `{count, plural, =0 {aucun client} one {# client} other {# clients}}`, where `#` is the count
 * written the language's way ("2 002" in French) and the branch follows the language's plural
 * rules (`Intl.PluralRules`: French says "0 point", "1,5 point"; English "0 points"). See
 * docs/decisions/0007-icu-plurals-with-intl-pluralrules.md.
 */
export type Lang = 'fr' | 'en';
export type MessageValues = Record<string, string | number>;

/** The locale used for numbers, money and dates in each language of the app. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** "one", "other"… for `n` in `lang`, memoised (building the rules is not free). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** A number as the language writes it: 2 002 and 1,5 in French, 2,002 and 1.5 in English. */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/**
 * Fills `template` with `values`. Unknown placeholders are left as they are, so that a missing
 * value shows up in review instead of silently vanishing.
 * @example formatMessage('fr', '{n, plural, one {# client} other {# clients}}', { n: 2002 })
 *   // "2 002 clients"
 */
export function formatMessage(lang: Lang, template: string, values: MessageValues = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += formatArgument(lang, template.slice(open + 1, close), values);
    i = close + 1;
  }
  return out + template.slice(i);
}

function formatArgument(lang: Lang, argument: string, values: MessageValues): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(argument);
  if (!plural) {
    const name = argument.trim();
    return name in values ? String(values[name]) : `{${argument}}`;
  }
  const name = plural[1] as string;
  const count = Number(values[name]);
  if (!(name in values) || !Number.isFinite(count)) return `{${argument}}`;
  const branches = branchesOf(argument.slice(plural[0].length));
  const branch =
    branches.get(`=${count}`) ?? branches.get(pluralCategory(lang, count)) ?? branches.get('other');
  if (branch === undefined) return `{${argument}}`;
  // `#` is the count; placeholders inside the branch are filled like the rest of the message.
  return formatMessage(lang, replaceHashes(branch, formatNumber(lang, count)), values);
}

/** `=0 {…} one {…} other {…}` as a map from selector to its text. */
function branchesOf(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const selector = /^\s*(=\d+(?:\.\d+)?|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!selector) break;
    const open = i + selector[0].length - 1;
    const close = matchingBrace(text, open);
    if (close < 0) break;
    branches.set(selector[1] as string, text.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

/** `#` outside nested arguments (a nested `{other, plural, …}` keeps its own `#`). */
function replaceHashes(branch: string, count: string): string {
  let depth = 0;
  let out = '';
  for (const char of branch) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    out += char === '#' && depth === 0 ? count : char;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
