import type { MailMessage } from '../../mail/message.ts';
import type { TextMessage } from '../../mail/queue-mail.ts';

type Locale = 'fr' | 'en';

/**
 * The message that gives a customer back their card when someone signs up again with their
 * email: only the card's holder receives the link, never the person who filled in the form.
 */
export function cardLinkMail(
  locale: string,
  to: string,
  v: { businessName: string; cardUrl: string },
): MailMessage {
  const texts: Record<Locale, { subject: string; text: string }> = {
    fr: {
      subject: `Votre carte de fidélité ${v.businessName}`,
      text: `Bonjour,

Vous avez demandé à rejoindre le programme de fidélité de ${v.businessName}. Vous avez déjà une carte : la voici.

${v.cardUrl}

Si vous n'avez rien demandé, ignorez ce message.
`,
    },
    en: {
      subject: `Your ${v.businessName} loyalty card`,
      text: `Hello,

You asked to join the loyalty programme of ${v.businessName}. You already have a card: here it is.

${v.cardUrl}

If you did not ask for this, ignore this message.
`,
    },
  };
  const chosen = texts[locale === 'en' ? 'en' : 'fr'];
  return { to, kind: 'transactional', category: 'card_link', ...chosen };
}

/**
 * The same, as a text message to the phone on the card: short enough for one SMS with a
 * typical link, in the GSM alphabet (no "ê", no typographic apostrophe) so it is billed as one.
 */
export function cardLinkText(
  locale: string,
  to: string,
  v: { businessName: string; cardUrl: string },
): TextMessage {
  const text =
    locale === 'en'
      ? `${v.businessName}: you already have a loyalty card, here it is: ${v.cardUrl} (ignore this if you did not ask)`
      : `${v.businessName} : vous avez déjà une carte de fidélité, la voici : ${v.cardUrl} (ignorez ce SMS si vous n'avez rien demandé)`;
  return { to, text, kind: 'transactional', category: 'card_link' };
}
