import type { MailMessage } from './message.ts';

export type MailLocale = 'fr' | 'en';

type Mail = Pick<MailMessage, 'subject' | 'text'>;

/**
 * The mails about a login, French first. Plain text only: they carry one link each, which
 * every mail client renders, and no tracking of any kind.
 */
const TEXTS = {
  password_reset: {
    fr: (v: { link: string }): Mail => ({
      subject: 'Réinitialiser votre mot de passe Habitué',
      text: `Bonjour,

Quelqu'un (vous, sans doute) a demandé à réinitialiser le mot de passe de votre compte Habitué.
Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, une seule fois) :

${v.link}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.
`,
    }),
    en: (v: { link: string }): Mail => ({
      subject: 'Reset your Habitué password',
      text: `Hello,

Someone (probably you) asked to reset the password of your Habitué account.
To choose a new password, open this link (valid for one hour, once):

${v.link}

If you did not ask for this, ignore this message: your password stays as it is.
`,
    }),
  },
  signup_link: {
    fr: (v: { link: string; businessName: string }): Mail => ({
      subject: `Finalisez la création de « ${v.businessName} » sur Habitué`,
      text: `Bonjour,

Pour finaliser la création du compte de « ${v.businessName} », ouvrez ce lien (valable 24 heures) :

${v.link}

Si vous n'avez rien demandé, ignorez ce message : aucun compte ne sera créé.
`,
    }),
    en: (v: { link: string; businessName: string }): Mail => ({
      subject: `Finish creating "${v.businessName}" on Habitué`,
      text: `Hello,

To finish creating the account of "${v.businessName}", open this link (valid for 24 hours):

${v.link}

If you did not ask for this, ignore this message: no account will be created.
`,
    }),
  },
  account_exists: {
    fr: (v: { loginUrl: string; resetUrl: string }): Mail => ({
      subject: 'Vous avez déjà un compte Habitué',
      text: `Bonjour,

Quelqu'un (vous, sans doute) a voulu créer un compte Habitué avec cette adresse, qui en a déjà un.
Connectez-vous ici : ${v.loginUrl}
Mot de passe oublié ? ${v.resetUrl}

Si vous n'avez rien demandé, ignorez ce message.
`,
    }),
    en: (v: { loginUrl: string; resetUrl: string }): Mail => ({
      subject: 'You already have a Habitué account',
      text: `Hello,

Someone (probably you) tried to create a Habitué account with this address, which already has one.
Sign in here: ${v.loginUrl}
Forgot your password? ${v.resetUrl}

If you did not ask for this, ignore this message.
`,
    }),
  },
  staff_invitation: {
    fr: (v: { link: string; businessName: string; inviter: string }): Mail => ({
      subject: `Invitation à rejoindre l'équipe de « ${v.businessName} » sur Habitué`,
      text: `Bonjour,

${v.inviter} vous invite à rejoindre l'équipe de « ${v.businessName} » sur Habitué, le programme de fidélité de la boutique.
Pour accepter, ouvrez ce lien (valable 7 jours) :

${v.link}

Si vous ne vous attendiez pas à ce message, ignorez-le : rien ne change sans votre accord.
`,
    }),
    en: (v: { link: string; businessName: string; inviter: string }): Mail => ({
      subject: `Invitation to join the team of "${v.businessName}" on Habitué`,
      text: `Hello,

${v.inviter} invites you to join the team of "${v.businessName}" on Habitué, the shop's loyalty program.
To accept, open this link (valid for 7 days):

${v.link}

If you did not expect this message, ignore it: nothing changes without your consent.
`,
    }),
  },
} as const;

/** A transactional account mail in the reader's language. */
export function accountMail<K extends keyof typeof TEXTS>(
  category: K,
  locale: MailLocale,
  to: string,
  values: Parameters<(typeof TEXTS)[K]['fr']>[0],
): MailMessage {
  const render = TEXTS[category][locale] as (v: typeof values) => Mail;
  return { ...render(values), to, kind: 'transactional', category };
}
