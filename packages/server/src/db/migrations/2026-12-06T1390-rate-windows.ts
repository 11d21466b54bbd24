import type { Migration } from '../migrator.ts';

/**
 * Fixed-window counters for guessing public links and for account mails, in the database so
 * that every server process sharing it counts the same attempts (one process per core, or
 * several instances behind a proxy). Keys are hashes (they name an address or an email, which
 * are personal data); a row is one window and is overwritten when the next one starts.
 */
export const rateWindows: Migration = {
  name: '2026-12-06T1390-rate-windows',
  up: [
    `create table rate_windows (
      key_hash text primary key,
      hits integer not null check (hits >= 0),
      window_ends_at timestamptz not null
    )`,
    `create index rate_windows_window_ends_at_idx on rate_windows (window_ends_at)`,
  ],
};
