import { defineMessages } from '../../i18n/i18n.tsx';

export const recognitionMessages = defineMessages({
  fr: {
    title: 'Reconnaissance',
    intro:
      'Les habitués aiment être reconnus : remerciez le client du mois, invitez les fidèles de longue date.',
    ofTheMonth: 'Client du mois suggéré',
    noneOfTheMonth: 'Personne n’est venu au moins deux fois ces 30 derniers jours.',
    longStanding: 'Fidèles de longue date à inviter',
    noneLongStanding: 'Pas encore de client de deux ans ou plus qui vienne toujours.',
    visits_this_month: '{count, plural, one {# visite} other {# visites}} ces 30 derniers jours',
    spend_this_month: '{amount} d’achats ces 30 derniers jours',
    seniority: 'client depuis {count, plural, one {# an} other {# ans}}',
    total_visits: '{count, plural, one {# visite} other {# visites}} en tout',
    since: 'depuis le {date}',
    tag: 'Étiquette pour la campagne',
    addToCampaign: 'Ajouter à une campagne',
    tagged:
      '{count, plural, one {# client étiqueté} other {# clients étiquetés}} « {tag} ». Créez une campagne dont le segment choisit cette étiquette.',
    newCampaign: 'Nouvelle campagne',
    select: 'Choisir {name}',
    defaultTag: 'fidèles',
    monthTag: 'client du mois',
  },
  en: {
    title: 'Recognition',
    intro:
      'Regulars like to be recognised: thank the customer of the month, invite the long-standing ones.',
    ofTheMonth: 'Suggested customer of the month',
    noneOfTheMonth: 'Nobody came at least twice in the last 30 days.',
    longStanding: 'Long-standing customers to invite',
    noneLongStanding: 'No customer of two years or more who still comes yet.',
    visits_this_month: '{count, plural, one {# visit} other {# visits}} in the last 30 days',
    spend_this_month: '{amount} spent in the last 30 days',
    seniority: 'a customer for {count, plural, one {# year} other {# years}}',
    total_visits: '{count, plural, one {# visit} other {# visits}} in all',
    since: 'since {date}',
    tag: 'Tag for the campaign',
    addToCampaign: 'Add to a campaign',
    tagged:
      '{count, plural, one {# customer tagged} other {# customers tagged}} “{tag}”. Create a campaign whose segment selects this tag.',
    newCampaign: 'New campaign',
    select: 'Choose {name}',
    defaultTag: 'regulars',
    monthTag: 'customer of the month',
  },
});
