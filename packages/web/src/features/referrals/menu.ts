import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/referrals',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Parrainages' }, en: { label: 'Referrals' } }),
  order: 37,
  // An acquisition source: with the figures, for owners and managers.
  visible: (can) => can('analytics:read'),
};
