import type { Migration } from '../migrator.ts';

/**
 * A purchase's customer may be checked at the end of its transaction instead of at each row
 * (`deferrable initially immediate`: nothing changes unless a transaction asks for it). An import
 * asks for it, to store the purchases of a file while the file is still being read, before the
 * customers, whose final fields are known only once every row has been read.
 */
export const purchaseCustomerCheckDeferrable: Migration = {
  name: '2026-12-06T1500-purchase-customer-check-deferrable',
  up: [
    `alter table purchases alter constraint purchases_merchant_id_customer_id_fkey
       deferrable initially immediate`,
  ],
};
