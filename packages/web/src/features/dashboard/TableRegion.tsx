import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/**
 * A wide table's horizontal scroller, reachable with the keyboard: a focusable, named region,
 * so that a phone or keyboard user can scroll the columns that do not fit.
 */
export function TableRegion({ title, children }: { title: string; children: ReactNode }) {
  const t = useT(messages);
  return (
    <section
      className="table-scroll"
      aria-label={t('tableRegion', { title })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroller must take focus to scroll with the keyboard
      tabIndex={0}
    >
      {children}
    </section>
  );
}
