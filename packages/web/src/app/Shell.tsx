import { type ReactNode, useEffect, useId, useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { useCan, useSession } from '../auth/session.tsx';
import { defineMessages, useLang, useT } from '../i18n/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { MENU } from './menu.ts';

const messages = defineMessages({
  fr: {
    signOut: 'Se déconnecter',
    menu: 'Menu principal',
    openMenu: 'Menu',
  },
  en: {
    signOut: 'Sign out',
    menu: 'Main menu',
    openMenu: 'Menu',
  },
});

/**
 * The signed-in frame: navigation from the features, language switch, sign-out. On a laptop
 * the menu is a column beside the page; on a phone it is one bar with the shop's name and a
 * "Menu" button, so that the counter keeps the screen. `preload` starts fetching the page a
 * menu entry opens (the app that holds it knows how; by default, nothing).
 */
export function Shell({
  children,
  preload = () => {},
}: {
  children: ReactNode;
  preload?: (path: string) => void;
}) {
  const { me, signOut } = useSession();
  const can = useCan();
  const { lang } = useLang();
  const t = useT(messages);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const items = MENU.filter((n) => !n.visible || n.visible(can));
  const shopName = me?.merchant.name ?? 'Habitué';

  // A new page closes the phone menu; so does Escape.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a path change
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className={open ? 'shell menu-open' : 'shell'}>
      <header className="shell-bar">
        <span className="brand" title={shopName}>
          {shopName}
        </span>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span> {t('openMenu')}
        </button>
      </header>
      <nav id={menuId} aria-label={t('menu')}>
        <span className="brand" title={shopName}>
          {shopName}
        </span>
        {items.map((item) => (
          <NavLink
            key={item.path}
            to={item.path}
            onClick={() => setOpen(false)}
            // Pointing at an entry (or touching it) starts fetching its page: the ~0.1–0.5 s
            // until the click or the finger lifts are that much less to wait on mobile data.
            onPointerEnter={() => preload(item.path)}
            onPointerDown={() => preload(item.path)}
            onFocus={() => preload(item.path)}
          >
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
