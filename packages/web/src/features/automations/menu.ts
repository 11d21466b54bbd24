import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/automations',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Automatisations' }, en: { label: 'Automations' } }),
  order: 51,
  // Writing to customers in the shop's name is for owners and managers (permission table).
  visible: (can) => can('campaigns:manage'),
};
