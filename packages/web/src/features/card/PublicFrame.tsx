import { type ReactNode, useEffect } from 'react';
import { defineMessages, useLang, useT } from '../../i18n/i18n.tsx';
import { brandColours } from './brand.ts';
import './public.css';

const messages = defineMessages({
  fr: { switchTo: 'English', switchLabel: 'Switch to English', poweredBy: 'Fidélité avec Habitué' },
  en: {
    switchTo: 'Français',
    switchLabel: 'Passer en français',
    poweredBy: 'Loyalty by Habitué',
  },
});

/**
 * The frame of the customer-facing pages (card, sign-up): the business's colour and name on
 * top, a language toggle, and the page's `lang` kept in step with the text.
 */
export function PublicFrame({
  businessName,
  brandColor,
  subtitle,
  children,
}: {
  businessName: string | null;
  brandColor: string | null | undefined;
  subtitle?: string | undefined;
  children: ReactNode;
}) {
  const { lang, setLang } = useLang();
  const t = useT(messages);
  const colours = brandColours(brandColor);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const meta = document.querySelector('meta[name="theme-color"]');
    const previous = meta?.getAttribute('content');
    meta?.setAttribute('content', colours.background);
    return () => {
      if (previous) meta?.setAttribute('content', previous);
    };
  }, [colours.background]);
  return (
    <div
      className="public-page"
      style={
        { '--brand-bg': colours.background, '--brand-text': colours.text } as React.CSSProperties
      }
    >
      <header className="public-header">
        <div className="public-header-inner">
          <div>
            {businessName && <p className="public-business">{businessName}</p>}
            {subtitle && <p className="public-subtitle">{subtitle}</p>}
          </div>
          <button
            type="button"
            className="public-lang"
            lang={lang === 'fr' ? 'en' : 'fr'}
            aria-label={t('switchLabel')}
            onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}
          >
            {t('switchTo')}
          </button>
        </div>
      </header>
      <main className="public-main" id="main">
        {children}
      </main>
      <footer className="public-footer small muted">{t('poweredBy')}</footer>
    </div>
  );
}
