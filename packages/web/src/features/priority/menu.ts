import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/priorities',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Priorités' }, en: { label: 'Priorities' } }),
  order: 36,
  // Value figures: managers and owners.
  visible: (can) => can('analytics:read'),
};
