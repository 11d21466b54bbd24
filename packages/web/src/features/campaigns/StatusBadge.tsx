import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

const LABEL = { draft: 'statusDraft', sending: 'statusSending', sent: 'statusSent' } as const;

export function StatusBadge({ status }: { status: keyof typeof LABEL }) {
  const t = useT(messages);
  return <span className={`badge campaign-${status}`}>{t(LABEL[status])}</span>;
}
