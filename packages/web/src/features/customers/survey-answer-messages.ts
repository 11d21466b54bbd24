import { defineMessages } from '../../i18n/i18n.tsx';

export const surveyAnswerMessages = defineMessages({
  fr: {
    title: 'Avis',
    intro: 'Ce que le client a répondu aux enquêtes de la boutique.',
    none: 'Aucune réponse à une enquête.',
    answeredOn: 'Répondu le {at}',
    nps: 'Recommandation : {score}/10',
    promoter: 'Promoteur',
    passive: 'Passif',
    detractor: 'Détracteur',
    skipped: '—',
  },
  en: {
    title: 'Feedback',
    intro: "What the customer answered to the shop's surveys.",
    none: 'No survey answers.',
    answeredOn: 'Answered on {at}',
    nps: 'Recommendation: {score}/10',
    promoter: 'Promoter',
    passive: 'Passive',
    detractor: 'Detractor',
    skipped: '—',
  },
});
