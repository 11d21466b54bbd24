import type { MenuEntry } from '../../app/feature.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/surveys',
  // Here, not in messages.ts: the menu is in the first download, the page's words are not.
  label: defineMessages({ fr: { label: 'Questionnaires' }, en: { label: 'Surveys' } }),
  order: 55,
  // Asking customers and reading their answers: owners and managers (permission table).
  visible: (can) => can('surveys:manage'),
};
