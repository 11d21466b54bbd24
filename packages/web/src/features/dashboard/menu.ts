import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/dashboard',
  label: defineMessages({ fr: { label: 'Tableau de bord' }, en: { label: 'Dashboard' } }),
  order: 10,
  visible: (can) => can('analytics:read'),
};
