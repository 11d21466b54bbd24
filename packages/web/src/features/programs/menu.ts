import type { MenuEntry } from '../../app/feature.ts';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/programs',
  label: { fr: { label: 'Programmes' }, en: { label: 'Programs' } },
  order: 40,
  visible: (can) => can('programs:write'),
};
