/**
 * Starting points for the seeds' cases, French first. Merge fields are the server's
 * ({{prenom}}, {{solde}}, {{prochaine_recompense}}, {{lien_carte}}, {{boutique}}).
 */
export type CampaignTemplate = {
  id: 'newsletter' | 'seasonal' | 'longStanding' | 'weMissYou';
  name: string;
  subject: string;
  body: string;
};

export const TEMPLATES: Record<'fr' | 'en', CampaignTemplate[]> = {
  fr: [
    {
      id: 'newsletter',
      name: 'Les nouvelles du mois',
      subject: 'Les nouvelles de {{boutique}}',
      body: `Bonjour {{prenom|à vous}},

Voici ce qui change ce mois-ci chez {{boutique}} :

- (une nouveauté)
- (un rendez-vous)

Votre carte : **{{solde}}**, prochaine récompense : {{prochaine_recompense|bientôt}}.
{{lien_carte}}

À très bientôt !`,
    },
    {
      id: 'seasonal',
      name: 'Offre saisonnière',
      subject: '{{prenom|Bonjour}}, notre offre de saison',
      body: `Bonjour {{prenom|à vous}},

La saison change, et nous avons pensé à vous : **(votre offre)** jusqu’au (date), sur présentation de votre carte.

{{lien_carte}}

L’équipe de {{boutique}}`,
    },
    {
      id: 'longStanding',
      name: 'Invitation des clients de longue date',
      subject: 'Merci de votre fidélité, {{prenom|cher client}}',
      body: `Bonjour {{prenom|à vous}},

Vous êtes parmi nos plus anciens clients, et nous tenions à vous remercier.
Nous serions heureux de vous accueillir (le jour, l’heure) pour (l’occasion).

L’équipe de {{boutique}}`,
    },
    {
      id: 'weMissYou',
      name: 'Vous nous manquez',
      subject: '{{prenom|Bonjour}}, vous nous manquez',
      body: `Bonjour {{prenom|à vous}},

Cela fait un moment que nous ne vous avons pas vu chez {{boutique}}.
Votre carte vous attend : **{{solde}}**, prochaine récompense : {{prochaine_recompense|à portée de main}}.

{{lien_carte}}

À bientôt !`,
    },
  ],
  en: [
    {
      id: 'newsletter',
      name: 'Monthly news',
      subject: 'News from {{boutique}}',
      body: `Hello {{prenom|there}},

Here is what is new this month at {{boutique}}:

- (something new)
- (an event)

Your card: **{{solde}}**, next reward: {{prochaine_recompense|soon}}.
{{lien_carte}}

See you soon!`,
    },
    {
      id: 'seasonal',
      name: 'Seasonal offer',
      subject: '{{prenom|Hello}}, our offer of the season',
      body: `Hello {{prenom|there}},

The season is changing and we thought of you: **(your offer)** until (date), with your card.

{{lien_carte}}

The {{boutique}} team`,
    },
    {
      id: 'longStanding',
      name: 'Invitation for long-standing customers',
      subject: 'Thank you for your loyalty, {{prenom|dear customer}}',
      body: `Hello {{prenom|there}},

You are among our longest-standing customers and we wanted to thank you.
We would be glad to welcome you (day, time) for (the occasion).

The {{boutique}} team`,
    },
    {
      id: 'weMissYou',
      name: 'We miss you',
      subject: '{{prenom|Hello}}, we miss you',
      body: `Hello {{prenom|there}},

We have not seen you at {{boutique}} for a while.
Your card is waiting: **{{solde}}**, next reward: {{prochaine_recompense|within reach}}.

{{lien_carte}}

See you soon!`,
    },
  ],
};
