import type { Migration } from '../migrator.ts';

/**
 * Text messages share the shop's outbox with mail: the same single delivery, back-off, rate per
 * shop and list for the owner. `to_address` holds the phone (E.164) for them, `subject` stays
 * empty, and `segments` keeps how many SMS the provider bills for the text.
 */
export const textMessages: Migration = {
  name: '2026-12-06T1280-text-messages',
  up: [
    `alter table outbox add column channel text not null default 'email'
       check (channel in ('email', 'sms'))`,
    `alter table outbox add column segments smallint
       check ((channel = 'sms') = (segments is not null))`,
  ],
};
