import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import {
  formatMessage,
  type Lang,
  LOCALES,
  type MessageValues,
  pluralCategory,
} from './format-message.ts';

export type { Lang };

/** A feature's texts: the French ones define the keys, the English ones must match them. */
export type Messages<K extends string = string> = { fr: Record<K, string>; en: Record<K, string> };

/** Declares a feature's texts with the keys checked in both languages. */
export function defineMessages<K extends string>(messages: {
  fr: Record<K, string>;
  en: Record<K, string>;
}) {
  return messages;
}

type I18n = { lang: Lang; setLang(lang: Lang): void };

const I18nContext = createContext<I18n>({ lang: 'fr', setLang: () => {} });
const STORAGE_KEY = 'habitue.lang';

let shown: Lang = 'fr';
/**
 * The language on screen, for code that words things outside a component (an API problem's
 * field message read while rendering). Components use `useLang()`.
 */
export function activeLang(): Lang {
  return shown;
}

/**
 * The first of French or English in an order of preference (the browser's languages, or a
 * request's Accept-Language in that order); French by default.
 * @example langOf(['de-DE', 'en-GB', 'fr']) // 'en'
 */
export function langOf(preferences: readonly string[]): Lang {
  const first = preferences.find((l) => l.startsWith('fr') || l.startsWith('en'));
  return first?.startsWith('en') ? 'en' : 'fr';
}

/** The language a page opens in: the person's own choice, kept, or else their browser's. */
export function initialLang(): Lang {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (stored === 'fr' || stored === 'en') return stored;
  return langOf(typeof navigator !== 'undefined' ? navigator.languages : []);
}

/** `lang`: the language to open in when it is known otherwise (a page rendered on the server). */
export function I18nProvider({ children, lang: given }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => given ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  shown = lang;
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLang() {
  return useContext(I18nContext);
}

/**
 * The translate function for one feature's messages. `{name}` placeholders are filled from
 * `values`; plurals are written in ICU form and follow the language's rules.
 * @example const t = useT(messages); t('greeting', { name: 'Léa' })
 * @example // with fr.visits: '{n, plural, one {# passage} other {# passages}}'
 *   t('visits', { n: 0 }) // "0 passage"
 */
export function useT<K extends string>(messages: Messages<K>) {
  const { lang } = useLang();
  return useCallback(
    (key: K, values?: MessageValues) => {
      const text = messages[lang][key] ?? messages.fr[key] ?? key;
      return values ? formatMessage(lang, text, values) : text;
    },
    [lang, messages],
  );
}

/**
 * The language's plural category of a number, for code that picks between two messages.
 * Prefer an ICU plural inside the message itself.
 * @example const plural = usePlural(); t(plural(n) === 'one' ? 'point' : 'points')
 */
export function usePlural() {
  const { lang } = useLang();
  return useCallback((n: number) => pluralCategory(lang, n), [lang]);
}

/** Formats money (integer cents), numbers, percents and dates for the current language. */
export function useFormat(currency = 'EUR', timeZone = 'Europe/Paris') {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = LOCALES[lang];
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone,
    });
    return {
      cents: (cents: number) => money.format(cents / 100),
      number: (n: number) => number.format(n),
      percent: (ratio: number) => percent.format(ratio),
      date: (iso: string | Date) => date.format(new Date(iso)),
      dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
    };
  }, [lang, currency, timeZone]);
}

/** A French/English pair as stored by the API (program and reward names). */
export function useLocalized() {
  const { lang } = useLang();
  return useCallback(
    (text: { fr: string; en: string } | null | undefined) => (text ? text[lang] || text.fr : ''),
    [lang],
  );
}
