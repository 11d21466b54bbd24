import { defineMessages } from '../../i18n/i18n.tsx';

export const messages = defineMessages({
  fr: {
    title: 'Clients parrainés',
    intro:
      'Qui a fait venir qui, quand, et ce que chacun a reçu. Le parrain et le filleul reçoivent leur bonus une seule fois, au premier achat du filleul qui atteint le minimum du programme ; un remboursement qui le fait passer sous ce minimum le reprend.',
    loading: 'Chargement…',
    summary:
      '{total, plural, =0 {Aucun client parrainé} one {# client parrainé} other {# clients parrainés}}, dont {rewarded} {rewarded, plural, one {a acheté} other {ont acheté}}.',
    none: 'Aucun client n’est encore venu par un parrainage. Chaque client a un lien de parrainage sur sa carte.',
    referee: 'Filleul',
    referrer: 'Parrain',
    referredAt: 'Inscrit le',
    status: 'Bonus',
    anonymous: 'Client sans nom',
    pending: 'En attente du premier achat',
    rewarded: 'Donné le {date}',
    takenBack: 'Repris le {date} (remboursement)',
    given:
      'parrain : {referrer, plural, one {# {unit}} other {# {unit}}} · filleul : {referee, plural, one {# {unit}} other {# {unit}}}',
    points: 'points',
    stamps: 'tampons',
    more: 'Les {shown} plus récents sont affichés.',
  },
  en: {
    title: 'Referred customers',
    intro:
      'Who brought whom, when, and what each was given. The referrer and the new customer get their bonus once, on the new customer’s first purchase that reaches the program’s minimum; a refund that takes it below that minimum takes it back.',
    loading: 'Loading…',
    summary:
      '{total, plural, =0 {No referred customers} one {# referred customer} other {# referred customers}}, {rewarded} of whom bought.',
    none: 'No customer has come through a referral yet. Every customer has a referral link on their card.',
    referee: 'New customer',
    referrer: 'Referred by',
    referredAt: 'Joined on',
    status: 'Bonus',
    anonymous: 'Unnamed customer',
    pending: 'Waiting for the first purchase',
    rewarded: 'Given on {date}',
    takenBack: 'Taken back on {date} (refund)',
    given:
      'referrer: {referrer, plural, one {# {unit}} other {# {unit}}} · new customer: {referee, plural, one {# {unit}} other {# {unit}}}',
    points: 'points',
    stamps: 'stamps',
    more: 'The {shown} most recent are shown.',
  },
});
