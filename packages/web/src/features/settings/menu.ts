import type { MenuEntry } from '../../app/feature.ts';

/** Its entry in the signed-in menu (src/app/menu.ts), apart from its pages. */
export const menu: MenuEntry = {
  path: '/settings',
  label: { fr: { label: 'Réglages' }, en: { label: 'Settings' } },
  order: 90,
  // Everyone with a login has a password and sessions to manage (Security); the business's
  // own settings stay the owner's.
  visible: (can) => can('account:self'),
};
