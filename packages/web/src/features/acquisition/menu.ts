import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/acquisition',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Acquisition' }, en: { label: 'Acquisition' } }),
  order: 37,
  // Spend, cost per customer and payback are value figures: managers and owners.
  visible: (can) => can('analytics:read'),
};
