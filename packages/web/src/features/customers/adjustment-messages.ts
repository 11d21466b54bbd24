import { defineMessages } from '../../i18n/i18n.tsx';

/** The manual adjustment form's own texts (reason codes and limits). */
export const adjustmentMessages = defineMessages({
  fr: {
    reasonCode: 'Motif',
    reason_goodwill: 'Geste commercial',
    reason_till_error: 'Erreur de caisse',
    reason_paper_card: 'Carte papier reprise',
    reason_other: 'Autre (à préciser)',
    reasonText: 'Précisez',
    reasonTextOptional: 'Précision (facultatif)',
    reasonTextRequired: 'Dites pourquoi en une phrase.',
    reasonTooShort: 'Au moins {min} caractères : dites pourquoi en une phrase.',
    limitExceeded:
      'C’est plus que votre rôle ne peut corriger : au plus {perAdjustment} {unit} par correction.',
    limitDaily: 'Encore {dailyRemaining} {unit} possibles pour ce client sur 24 heures.',
    limitAskOwner: 'Au-delà, demandez au gérant ou au propriétaire.',
    missingScope: 'Cette clé d’API n’a pas le droit de corriger les soldes.',
    history: 'Corrections précédentes',
  },
  en: {
    reasonCode: 'Reason',
    reason_goodwill: 'Goodwill gesture',
    reason_till_error: 'Till error',
    reason_paper_card: 'Paper card taken over',
    reason_other: 'Other (say why)',
    reasonText: 'Say why',
    reasonTextOptional: 'Details (optional)',
    reasonTextRequired: 'Say why in a sentence.',
    reasonTooShort: 'At least {min} characters: say why in a sentence.',
    limitExceeded:
      'That is more than your role may correct: at most {perAdjustment} {unit} per correction.',
    limitDaily: '{dailyRemaining} {unit} still possible for this customer over 24 hours.',
    limitAskOwner: 'For more, ask a manager or the owner.',
    missingScope: 'This API key may not correct balances.',
    history: 'Earlier corrections',
  },
});
