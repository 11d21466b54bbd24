import type { MailMessage } from '../../mail/message.ts';

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
