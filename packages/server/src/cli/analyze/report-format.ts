import type { Lang } from './analyze-options.ts';
import type { Currency } from './file-currency.ts';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * An amount as an owner reads it: with its currency sign, whole units from 100 up (cents say
 * nothing on a revenue of thousands), cents below.
 *
 * @example formatMoney(2495982.75, 'fr', 'EUR') // '2 495 983 €'
 */
export function formatMoney(amount: number, lang: Lang, currency: Currency): string {
  const digits = Math.abs(amount) >= 100 || Number.isInteger(amount) ? 0 : 2;
  return amount.toLocaleString(LOCALES[lang], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A rounded bound of a range, with its currency but no forced cents ("5,4 €" stays short). */
export function formatMoneyBound(amount: number, lang: Lang, currency: Currency): string {
  return amount.toLocaleString(LOCALES[lang], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 6,
  });
}

const HORIZON_UNITS = {
  fr: { d: ['jour', 'jours'], w: ['semaine', 'semaines'], m: ['mois', 'mois'], y: ['an', 'ans'] },
  en: { d: ['day', 'days'], w: ['week', 'weeks'], m: ['month', 'months'], y: ['year', 'years'] },
} as const;

/**
 * The horizon as written on the command line (`12m`, `52w`, `1,5y`) in words.
 *
 * @example horizonInWords('12m', 'fr') // '12 mois'
 */
export function horizonInWords(text: string, lang: Lang): string {
  const match = /^(\d+(?:[.,]\d+)?)\s*([dwmy])$/i.exec(text.trim());
  if (!match) return text;
  const count = Number(match[1]!.replace(',', '.'));
  const unit = match[2]!.toLowerCase() as 'd' | 'w' | 'm' | 'y';
  // French takes the singular below 2 ("1,5 an"), English only for exactly 1.
  const plural = lang === 'fr' ? count >= 2 : count !== 1;
  const number = count.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 });
  return `${number} ${HORIZON_UNITS[lang][unit][plural ? 1 : 0]}`;
}
