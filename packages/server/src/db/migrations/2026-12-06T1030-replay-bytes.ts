import type { Migration } from '../migrator.ts';

/**
 * An idempotent replay must be the first answer byte for byte: jsonb reorders keys and
 * normalises numbers, so the answer is kept as the text that was sent. `response_body` stays for
 * answers stored before this migration.
 */
export const replayBytes: Migration = {
  name: '2026-12-06T1030-replay-bytes',
  up: ['alter table idempotency_keys add column response_text text'],
};
