import { ApiProblem } from '../api/problem.ts';
import { defineMessages, useT } from '../i18n/i18n.tsx';

const messages = defineMessages({
  fr: {
    network: 'Connexion impossible. Vérifiez le réseau puis réessayez.',
    server:
      'Une erreur est survenue de notre côté. Réessayez ; si elle persiste, citez ce code : {id}.',
    rate_limited: 'Trop de tentatives. Réessayez dans un moment.',
    unauthenticated: 'Votre session a expiré. Reconnectez-vous.',
    forbidden: 'Votre rôle ne permet pas cette action. Demandez au gérant.',
  },
  en: {
    network: 'Cannot reach the server. Check the network and try again.',
    server: 'Something went wrong on our side. Try again; if it persists, quote this code: {id}.',
    rate_limited: 'Too many attempts. Try again in a moment.',
    unauthenticated: 'Your session has expired. Please sign in again.',
    forbidden: 'Your role does not allow this. Ask the owner.',
  },
});

/**
 * Shows any error as a sentence a person can act on, never a raw error: known codes get a
 * translated message, others the server's own detail, network failures a hint to retry.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const t = useT(messages);
  if (!error) return null;
  let text: string;
  if (error instanceof ApiProblem) {
    if (error.status >= 500) text = t('server', { id: String(error.extra.correlationId ?? '—') });
    else if (
      error.code === 'rate_limited' ||
      error.code === 'unauthenticated' ||
      error.code === 'forbidden'
    )
      text = t(error.code);
    else text = error.detail;
  } else {
    text = t('network');
  }
  return (
    <div className="alert error" role="alert">
      {text}
    </div>
  );
}
