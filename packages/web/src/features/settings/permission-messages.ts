import type { components } from '../../api/schema.d.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

export type Permission = components['schemas']['PermissionMatrix']['rows'][number]['permission'];
export type ApiKeyScope = components['schemas']['PermissionMatrix']['apiKeyScopes'][number];

/** What each permission lets someone do, in a shop owner's words (typed: a new one needs both). */
export const permissionLabels: { fr: Record<Permission, string>; en: Record<Permission, string> } =
  {
    fr: {
      'customers:read': 'Voir les clients et leur carte',
      'customers:write': 'Inscrire et modifier des clients',
      'purchases:write': 'Enregistrer des achats',
      'refunds:write': 'Rembourser des achats',
      'redemptions:write': 'Remettre des récompenses',
      'balances:adjust': 'Corriger un solde à la main',
      'programs:read': 'Voir les programmes',
      'programs:write': 'Créer et modifier les programmes',
      'analytics:read': 'Voir les chiffres : dépenses, valeur client, scores',
      'audit:read': 'Lire le journal d’activité',
      'jobs:read': 'Voir les tâches de fond',
      'data:export': 'Exporter les données',
      'data:import': 'Importer des clients et un historique d’achats',
      'webhooks:manage': 'Gérer les webhooks',
      'campaigns:manage': 'Écrire aux clients (campagnes)',
      'invoices:manage': 'Saisir et suivre les factures des comptes pro',
      'staff:manage': 'Gérer l’équipe',
      'api_keys:manage': 'Gérer les clés d’API',
      'merchant:manage': 'Modifier les réglages du commerce',
      'outbox:read': 'Lire les messages envoyés',
      'account:self': 'Changer son mot de passe, voir et fermer ses sessions',
    },
    en: {
      'customers:read': 'See customers and their card',
      'customers:write': 'Sign up and edit customers',
      'purchases:write': 'Record purchases',
      'refunds:write': 'Refund purchases',
      'redemptions:write': 'Hand out rewards',
      'balances:adjust': 'Correct a balance by hand',
      'programs:read': 'See the programs',
      'programs:write': 'Create and change programs',
      'analytics:read': 'See the figures: spending, customer value, scores',
      'audit:read': 'Read the activity log',
      'jobs:read': 'See background jobs',
      'data:export': 'Export data',
      'data:import': 'Import customers and purchase history',
      'webhooks:manage': 'Manage webhooks',
      'campaigns:manage': 'Write to customers (campaigns)',
      'invoices:manage': 'Enter and follow the invoices of business accounts',
      'staff:manage': 'Manage the team',
      'api_keys:manage': 'Manage API keys',
      'merchant:manage': 'Change the shop’s settings',
      'outbox:read': 'Read the sent messages',
      'account:self': 'Change one’s password, see and end one’s sessions',
    },
  };

export const permissionMessages = defineMessages({
  fr: {
    matrixTitle: 'Ce que chaque rôle peut faire',
    matrixIntro:
      'Le serveur vérifie chaque demande avec ce tableau. Une clé d’API ne fait que ce que ses droits permettent.',
    action: 'Action',
    owner: 'Propriétaire',
    manager: 'Gérant',
    staff: 'Employé',
    apiKey: 'Clé d’API',
    yes: 'Oui',
    no: 'Non',
    scope: 'Si la clé a ce droit',
    adjustment_policy: 'Dans les limites ci-dessous',
    recent_purchases: 'Achats des dernières 24 h',
    scopes: 'Droits de la clé',
    scopesHint:
      'Cochez ce que la clé pourra faire. Par défaut : la caisse, sans corrections de solde ni exports.',
    scopesNone: 'Aucun droit',
    noScopeChosen: 'Choisissez au moins un droit.',
    policyTitle: 'Corrections de solde à la main',
    policyIntro:
      'Ce que les employés et les clés d’API peuvent ajouter à la main, compté en récompenses : une carte de tampons, ou les points de la récompense la moins chère. Les gérants et vous n’êtes limités que par un plafond de sécurité.',
    policyStaff: 'Employés',
    policyApiKeys: 'Clés d’API',
    perAdjustment: 'Par correction (récompenses)',
    perDay: 'Par client sur 24 h (récompenses)',
    policyRange: 'Un nombre entier de 0 à {max}.',
    policySaved: 'Limites enregistrées.',
    save: 'Enregistrer',
  },
  en: {
    matrixTitle: 'What each role may do',
    matrixIntro:
      'The server checks every request against this table. An API key does only what its scopes allow.',
    action: 'Action',
    owner: 'Owner',
    manager: 'Manager',
    staff: 'Staff',
    apiKey: 'API key',
    yes: 'Yes',
    no: 'No',
    scope: 'If the key has this scope',
    adjustment_policy: 'Within the limits below',
    recent_purchases: 'Purchases of the last 24 h',
    scopes: 'Key scopes',
    scopesHint:
      'Tick what the key may do. By default: the counter, without balance corrections or exports.',
    scopesNone: 'No scope',
    noScopeChosen: 'Choose at least one scope.',
    policyTitle: 'Balance corrections by hand',
    policyIntro:
      'What staff and API keys may add by hand, counted in rewards: one card of stamps, or the points of the cheapest reward. Managers and you are held only to a safety cap.',
    policyStaff: 'Staff',
    policyApiKeys: 'API keys',
    perAdjustment: 'Per correction (rewards)',
    perDay: 'Per customer over 24 h (rewards)',
    policyRange: 'A whole number from 0 to {max}.',
    policySaved: 'Limits saved.',
    save: 'Save',
  },
});
