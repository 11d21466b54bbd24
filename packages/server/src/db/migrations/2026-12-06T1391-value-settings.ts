import type { Migration } from '../migrator.ts';

/**
 * The two rates that turn predicted spend into customer value, per shop (null: the product's
 * defaults, 30 % margin and about 12.7 % a year): a bakery and a hairdresser keep very
 * different shares of what they sell.
 */
export const valueSettings: Migration = {
  name: '2026-12-06T1391-value-settings',
  up: [
    'alter table merchants add column margin_rate_bp integer check (margin_rate_bp between 0 and 10000)',
    'alter table merchants add column annual_discount_rate_bp integer check (annual_discount_rate_bp between 0 and 10000)',
  ],
};
