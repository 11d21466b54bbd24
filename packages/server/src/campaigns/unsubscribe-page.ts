import { escapeHtml } from './markdown.ts';

export type PageLocale = 'fr' | 'en';
export type UnsubscribeState = 'confirm' | 'done' | 'unknown';

const TEXTS = {
  fr: {
    title: 'Désinscription',
    confirm: (shop: string) => `Ne plus recevoir les messages de « ${shop} » ?`,
    explain:
      'Vous ne recevrez plus d’offres ni de nouvelles par ce canal. Votre carte de fidélité reste valable.',
    button: 'Me désinscrire',
    done: 'C’est fait : vous ne recevrez plus ces messages.',
    doneExplain: 'Vous pourrez changer d’avis à tout moment en le demandant à la boutique.',
    unknown: 'Ce lien ne correspond à aucun message (c’était peut-être un message d’essai).',
  },
  en: {
    title: 'Unsubscribe',
    confirm: (shop: string) => `Stop receiving messages from "${shop}"?`,
    explain:
      'You will no longer receive offers or news on this channel. Your loyalty card stays valid.',
    button: 'Unsubscribe me',
    done: 'Done: you will no longer receive these messages.',
    doneExplain: 'You can change your mind at any time by asking the shop.',
    unknown: 'This link does not match any message (it may have been a test message).',
  },
} as const;

/** French unless the reader's browser prefers English. */
export function pageLocale(acceptLanguage: string | undefined): PageLocale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
}

/**
 * The page an unsubscribe link opens. Opening it changes nothing (mail scanners fetch links):
 * only its button, a POST, unsubscribes — the same POST mailbox providers send for RFC 8058.
 */
export function unsubscribePage(locale: PageLocale, state: UnsubscribeState, shop: string): string {
  const t = TEXTS[locale];
  const content =
    state === 'confirm'
      ? `<h1>${escapeHtml(t.confirm(shop))}</h1><p>${escapeHtml(t.explain)}</p>
<form method="post"><button type="submit">${escapeHtml(t.button)}</button></form>`
      : state === 'done'
        ? `<h1>${escapeHtml(t.done)}</h1><p>${escapeHtml(t.doneExplain)}</p>`
        : `<h1>${escapeHtml(t.unknown)}</h1>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.3rem}button{font-size:1rem;padding:.6rem 1.2rem;border-radius:.4rem;border:0;background:#1f2937;color:#fff;cursor:pointer}</style>
</head><body><main>${content}</main></body></html>`;
}
