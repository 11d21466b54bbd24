import { ApiProblem } from '../api/problem.ts';
import { defineMessages, useLang, useT } from '../i18n/i18n.tsx';

const messages = defineMessages({
  fr: { network: 'Connexion impossible. Vérifiez le réseau puis réessayez.' },
  en: { network: 'Cannot reach the server. Check the network and try again.' },
});

/**
 * Shows any error as a sentence a person can act on, never a raw error: API problems are
 * worded from the catalogue (`i18n/problem-texts.ts`), network failures get a hint to retry.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const t = useT(messages);
  const { lang } = useLang();
  if (!error) return null;
  const text = error instanceof ApiProblem ? error.text(lang) : t('network');
  return (
    <div className="alert error" role="alert">
      {text}
    </div>
  );
}
