import type { Migration } from '../migrator.ts';

/**
 * Clicks through the shop's own link (the card link of a marketing mail): when the recipient
 * first followed it, on the campaign's recipient row or the automation's occasion. No open
 * tracking (CNIL: measuring opens person by person needs consent); a click is the customer's
 * own act on a link of the shop.
 */
export const messageClicks: Migration = {
  name: '2026-12-06T1400-message-clicks',
  up: [
    'alter table campaign_recipients add column clicked_at timestamptz',
    'alter table automation_sends add column clicked_at timestamptz',
  ],
};
