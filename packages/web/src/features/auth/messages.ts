import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Connexion',
    intro: 'Accédez à votre programme de fidélité.',
    email: 'E-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    invalid: 'E-mail ou mot de passe incorrect.',
    noAccount: 'Pas encore de compte ?',
    signUp: 'Créer mon commerce',
  },
  en: {
    title: 'Sign in',
    intro: 'Open your loyalty program.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    invalid: 'Email or password is incorrect.',
    noAccount: 'No account yet?',
    signUp: 'Set up my business',
  },
});
