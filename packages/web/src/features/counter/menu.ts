import type { MenuEntry } from '../../app/feature.ts';
import { messages } from './messages.ts';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/counter',
  label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
  order: 20,
};
