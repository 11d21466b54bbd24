import type { MenuEntry } from './feature.ts';

/**
 * The signed-in menu: every feature's menu.ts, in their order. Read apart from the features'
 * pages, so that the counter app (which holds the counter alone) shows the whole menu without
 * building the other screens.
 */
export const MENU: MenuEntry[] = Object.values(
  import.meta.glob<{ menu: MenuEntry }>('../features/*/menu.ts', { eager: true }),
)
  .map((m) => m.menu)
  .sort((a, b) => a.order - b.order);
