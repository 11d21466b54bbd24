import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/follow-up',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'À rappeler' }, en: { label: 'Follow-up' } }),
  order: 25,
  // The whole team calls customers; scores in the list stay with managers and owners.
  visible: (can) => can('customers:read'),
};
