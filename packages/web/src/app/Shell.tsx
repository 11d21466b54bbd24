import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { defineMessages, useLang, useT } from '../i18n/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { FEATURES } from './App.tsx';

const messages = defineMessages({
  fr: {
    signOut: 'Se déconnecter',
    menu: 'Menu principal',
  },
  en: {
    signOut: 'Sign out',
    menu: 'Main menu',
  },
});

/** The signed-in frame: navigation from the features, language switch, sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { me, signOut } = useSession();
  const { lang } = useLang();
  const t = useT(messages);
  const navigate = useNavigate();
  const items = FEATURES.flatMap((f) => (f.nav ? [f.nav] : []))
    .filter((n) => !n.visible || n.visible(me?.role ?? ''))
    .sort((a, b) => a.order - b.order);
  return (
    <div className="shell">
      <nav aria-label={t('menu')}>
        <span className="brand">{me?.merchant.name ?? 'Habitué'}</span>
        {items.map((item) => (
          <NavLink key={item.path} to={item.path}>
            {item.label[lang].label}
          </NavLink>
        ))}
        <span className="spacer" />
        <LanguageSwitch />
        <button
          type="button"
          className="lang-switch"
          onClick={async () => {
            await signOut();
            navigate('/login');
          }}
        >
          {t('signOut')}
        </button>
      </nav>
      <main id="main">{children}</main>
    </div>
  );
}
