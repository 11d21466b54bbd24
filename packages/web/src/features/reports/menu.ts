import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/reports',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Bilans' }, en: { label: 'Reviews' } }),
  order: 14,
  // Value figures: managers and owners.
  visible: (can) => can('analytics:read'),
};
