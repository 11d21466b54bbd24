import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/** A small "?" that unfolds what a figure means and how it is computed. */
export function Explain({ children }: { children: ReactNode }) {
  const t = useT(messages);
  return (
    <details className="explain">
      <summary aria-label={t('howComputed')} title={t('howComputed')}>
        ?
      </summary>
      <div className="explain-body">{children}</div>
    </details>
  );
}

/** A card holding one figure: title, "?" disclosure, the value and a short caption. */
export function Figure({
  title,
  value,
  caption,
  explain,
  children,
}: {
  title: string;
  value?: ReactNode;
  caption?: ReactNode;
  explain: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="card figure">
      <header className="figure-head">
        <h2>{title}</h2>
        <Explain>{explain}</Explain>
      </header>
      {value !== undefined && <p className="figure-value">{value}</p>}
      {caption && <p className="muted small figure-caption">{caption}</p>}
      {children}
    </section>
  );
}
