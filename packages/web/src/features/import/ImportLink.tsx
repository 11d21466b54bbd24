import { Link } from 'react-router';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/** The way into the import from the customers list: owners and managers (`data:import`). */
export function ImportLink() {
  const t = useT(messages);
  const can = useCan();
  if (!can('data:import')) return null;
  return (
    <Link className="button secondary" to="/customers/import">
      {t('openImport')}
    </Link>
  );
}
