import type { Migration } from '../migrator.ts';

/**
 * What an import needs to be repeatable and to stay history: a customer keeps the number the
 * shop's previous system gave them (a second import finds them by it), an imported purchase says
 * so (analytics count it, the loyalty rules never earned on it), and a cancellation read from a
 * file is a refund with the file's identity, so importing the file again adds nothing.
 */
export const imports: Migration = {
  name: '2026-12-06T1050-imports',
  up: [
    `alter table customers add column external_ref text check (length(external_ref) between 1 and 200)`,
    `create unique index customers_external_ref_key on customers (merchant_id, external_ref)
       where external_ref is not null`,
    `alter table purchases add column source text not null default 'recorded'
       check (source in ('recorded', 'import'))`,
    `alter table refunds add column external_id text`,
    `create unique index refunds_external_id_key on refunds (merchant_id, external_id)
       where external_id is not null`,
  ],
};
