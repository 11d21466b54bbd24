import type { Migration } from '../migrator.ts';

/**
 * Counters that slow down password and sign-up guessing, in the database so that every server
 * process sharing it applies the same limits. Keys are hashes (they name an email and an
 * address, which are personal data); rows are small and forgotten after a quiet day.
 */
export const attemptThrottles: Migration = {
  name: '2026-12-06T1030-attempt-throttles',
  up: [
    `create table attempt_throttles (
      key_hash text primary key,
      attempts integer not null check (attempts >= 0),
      last_attempt_at timestamptz not null,
      blocked_until timestamptz
    )`,
    `create index attempt_throttles_last_attempt_idx on attempt_throttles (last_attempt_at)`,
  ],
};
