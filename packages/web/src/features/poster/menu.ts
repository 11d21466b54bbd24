import type { MenuEntry } from '../../app/feature.ts';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/poster',
  label: { fr: { label: 'Affiche' }, en: { label: 'Poster' } },
  order: 70,
  visible: (can) => can('programs:write'),
};
