import { useEffect } from 'react';
import { defineMessages, useLang, useT } from '../i18n/i18n.tsx';

const messages = defineMessages({
  fr: { language: 'English', languageLabel: 'Switch to English' },
  en: { language: 'Français', languageLabel: 'Passer en français' },
});

/**
 * The French/English toggle: it names the other language in that language, and keeps the
 * page's `lang` in step with the texts. `tone` follows the background it sits on: the brown
 * navigation of the signed-in frame (`dark`) or a page before sign-in (`paper`).
 * @example <LanguageSwitch tone="paper" />
 */
export function LanguageSwitch({ tone = 'dark' }: { tone?: 'dark' | 'paper' }) {
  const { lang, setLang } = useLang();
  const t = useT(messages);
  const other = lang === 'fr' ? 'en' : 'fr';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <button
      type="button"
      className={tone === 'paper' ? 'lang-switch on-paper' : 'lang-switch'}
      lang={other}
      aria-label={t('languageLabel')}
      onClick={() => setLang(other)}
    >
      {t('language')}
    </button>
  );
}
