import type { Migration } from '../migrator.ts';

/**
 * What the shop's privacy notice names as data controller besides its name: its postal
 * address and where customers exercise their rights (GDPR art. 13). Shown on the sign-up page
 * and the shop's privacy page.
 */
export const shopPrivacy: Migration = {
  name: '2026-12-06T1361-shop-privacy',
  up: [
    `alter table merchants add column legal_address text check (length(legal_address) <= 300),
      add column privacy_email text check (length(privacy_email) <= 254)`,
  ],
};
