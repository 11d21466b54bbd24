import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/customers',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Clients' }, en: { label: 'Customers' } }),
  order: 30,
  // The list is built on value figures; cashiers find customers at the counter.
  visible: (can) => can('analytics:read'),
};
