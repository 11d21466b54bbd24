/**
 * The marketing-consent sentences of the public sign-up page. Their version is stored with
 * every consent, so the proof says exactly which words the person agreed to: change a
 * sentence → bump its version (never edit a published one in place).
 */
export const CONSENT_WORDING = {
  fr: {
    version: 'fr-2026-11',
    email: "J'accepte de recevoir par e-mail les offres et nouvelles de {business}.",
    sms: "J'accepte de recevoir par SMS les offres et nouvelles de {business}.",
    notice:
      'Facultatif. Vous pouvez retirer votre accord à tout moment (lien de désinscription dans chaque message, ou en boutique).',
  },
  en: {
    version: 'en-2026-11',
    email: 'I agree to receive offers and news from {business} by email.',
    sms: 'I agree to receive offers and news from {business} by text message.',
    notice:
      'Optional. You can withdraw your consent at any time (unsubscribe link in every message, or in the shop).',
  },
} as const;

export type ConsentLanguage = keyof typeof CONSENT_WORDING;

export const CONSENT_VERSIONS = Object.values(CONSENT_WORDING).map((w) => w.version);

/** The wording with the business's name filled in, as the page shows it. */
export function consentWordingFor(businessName: string) {
  const fill = (text: string) => text.replaceAll('{business}', businessName);
  return Object.fromEntries(
    Object.entries(CONSENT_WORDING).map(([lang, w]) => [
      lang,
      { version: w.version, email: fill(w.email), sms: fill(w.sms), notice: w.notice },
    ]),
  ) as Record<ConsentLanguage, { version: string; email: string; sms: string; notice: string }>;
}
