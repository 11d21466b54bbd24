import type {
  ImportCustomer,
  ImportedPurchase,
  ImportFile,
  ImportFileReader,
} from '@habitue/import';
import type { LedgerEntry } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import { newCardToken } from '../../auth/tokens.ts';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  checkImportedPurchaseCustomers,
  deferImportedPurchaseCustomers,
  deleteImportedPurchasesOf,
  findCustomersToMatch,
  type ImportedConsent,
  type ImportedCustomerRow,
  importedOpeningBalances,
  importSavepoint,
  insertImportedConsents,
  insertImportedCustomers,
  insertImportedPurchases,
  insertImportedRefunds,
  insertImportedTags,
  type KnownCustomer,
  linkExternalRefs,
  lockMerchantImports,
  moveImportedPurchases,
  purchaseIdsByExternalId,
} from '../../repositories/imports.ts';
import { ledgerRow } from '../../repositories/ledger.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { listProgramRows } from '../../repositories/programs.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import { normalizePhone } from '../customers/contact.ts';
import type { MerchantScope } from '../scope.ts';
import { allocateCancellations } from './allocate-cancellations.ts';
import { type CustomerProblem, checkImportedCustomer } from './check-imported-customer.ts';
import { externalId, hasItems, purchaseRow } from './imported-purchase-rows.ts';
import {
  NOTHING_WRITTEN,
  type PurchasesWritten,
  writePurchasesWhileReading,
} from './write-purchases-while-reading.ts';

/** Imported consents say where their proof is; the wording shown back then is not known. */
const IMPORTED_WORDING = 'import';
const DAY_MS = 86_400_000;
const LEDGER_BATCH = 1000;

export type ImportOptions = {
  dryRun: boolean;
  validRowsOnly: boolean;
  /** The import's id in the audit log, the ledger causes and the webhook event (default: new). */
  importId?: string;
  /** Told when each part of the writing starts, for a progress display. */
  onStep?: (step: ImportStep) => Promise<void>;
};

/** The parts of an import's writing, in order. */
export const IMPORT_STEPS = ['customers', 'purchases', 'refunds', 'balances'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** A row the database side refuses (the reader's own problems are in `file.rowProblems`). */
export type StoredRowProblem = { line: number; field: string; problem: CustomerProblem };

export type ImportCounts = {
  customersAdded: number;
  customersKnown: number;
  purchasesAdded: number;
  purchasesKnown: number;
  refundsAdded: number;
  /** Cancellations no sale of the same customer in the file could absorb: not written. */
  cancellationsWithoutSale: { count: number; amountCents: number };
  openingBalancesAdded: number;
  openingBalancesKnown: number;
  consentsAdded: number;
  tagsAdded: number;
};

export type ImportResult =
  /** Written (or, in a dry run, everything written then rolled back). */
  | { status: 'imported' | 'dry-run'; counts: ImportCounts; rowProblems: StoredRowProblem[] }
  /** Rows the database would refuse, and `validRowsOnly` was not given: nothing written. */
  | { status: 'row-problems'; rowProblems: StoredRowProblem[] }
  /** Opening balances for programs the merchant does not have: nothing written. */
  | { status: 'unknown-programs'; programs: string[] };

class DryRun extends Error {
  constructor(
    readonly counts: ImportCounts,
    readonly rowProblems: StoredRowProblem[],
  ) {
    super('dry run');
  }
}

/** A file already read whole, or a reader: then its purchases are stored as it is read. */
export type ImportSource = ImportFile | ImportFileReader;

/**
 * One file's customers, consents (with their proof), tags, purchases, cancellations and opening
 * balances, written in one transaction: a crash leaves nothing, a second import of the same
 * file adds nothing (customers are found by their number, email or phone; purchases and
 * refunds by their row identity; an opening balance lands once per customer and program).
 * Imported purchases are history: they are stored for the analytics and the customer's page
 * and never go through the loyalty rules, so they earn nothing and send nothing.
 * A dry run does all of it and rolls back, so its counts are the real ones.
 * Given a reader, the sales are stored while the rest of the file is read, and a file found
 * unfit once read whole (row problems, unknown programs) is undone: the same result either way.
 */
export async function importCustomersAndPurchases(
  scope: MerchantScope,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportResult> {
  if (!isReader(source)) {
    // Read whole already: a file refused for its rows opens no transaction.
    const checked = checkRows(source, options);
    if ('status' in checked) return checked;
  }
  try {
    return await withMerchant(scope.db, scope.merchantId, async (tx) => {
      const result = await importInTransaction(tx, scope, source, options);
      if (options.dryRun && result.status === 'imported') {
        throw new DryRun(result.counts, result.rowProblems);
      }
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) {
      return { status: 'dry-run', counts: error.counts, rowProblems: error.rowProblems };
    }
    throw error;
  }
}

/**
 * The same import written in the caller's transaction: the job runner's, so that an import
 * run in the background and the completion of its job commit together (a crash leaves
 * neither, and the job runs again). A refused file leaves the transaction as it found it.
 */
export async function importInTransaction(
  tx: Tx,
  scope: MerchantScope,
  source: ImportSource,
  options: Omit<ImportOptions, 'dryRun'>,
): Promise<ImportResult> {
  const reader = isReader(source) ? source : readAlready(source);
  await lockMerchantImports(tx, scope.merchantId);
  const merchant = await findMerchantById(tx, scope.merchantId);
  const timeZone = merchant!.time_zone;
  await importSavepoint.set(tx);
  let written = NOTHING_WRITTEN;
  if (await deferImportedPurchaseCustomers(tx)) {
    written = await writePurchasesWhileReading(tx, scope, reader, {
      timeZone,
      validRowsOnly: options.validRowsOnly,
    });
  }
  const checked = checkRows(reader.finish(), options);
  if ('status' in checked) return undo(tx, checked);
  const programs = await programsOf(tx, scope);
  const unknown = [
    ...new Set(checked.customers.flatMap((c) => Object.keys(c.openingBalances))),
  ].filter((id) => !programs.has(id));
  if (unknown.length > 0) return undo(tx, { status: 'unknown-programs', programs: unknown });
  // The file's purchases turned out to have no items after all (those that had some were of
  // customers left out): the purchases stored while reading are stored again, without.
  const withItems = checked.purchases.some(hasItems);
  if (written.withItems !== null && written.withItems !== withItems) {
    await importSavepoint.rollBack(tx);
    written = NOTHING_WRITTEN;
  }
  const counts = await write(tx, scope, {
    ...checked,
    written,
    withItems,
    timeZone,
    programs,
    importId: options.importId ?? uuidv7(),
    onStep: options.onStep ?? (async () => {}),
  });
  await checkImportedPurchaseCustomers(tx);
  await importSavepoint.release(tx);
  return { status: 'imported', counts, rowProblems: checked.rowProblems };
}

/** A file refused once read: what was stored while reading it is undone. */
async function undo<T extends ImportResult>(tx: Tx, refusal: T): Promise<T> {
  await importSavepoint.rollBack(tx);
  await checkImportedPurchaseCustomers(tx);
  await importSavepoint.release(tx);
  return refusal;
}

function isReader(source: ImportSource): source is ImportFileReader {
  return 'readSome' in source;
}

/** A file read whole, as a reader with nothing left to read. */
function readAlready(file: ImportFile): ImportFileReader {
  return { head: file, readSome: () => null, finish: () => file };
}

type CheckedRows = {
  customers: ImportCustomer[];
  purchases: ImportedPurchase[];
  rowProblems: StoredRowProblem[];
  /** Keys of the file's customers left out (their rows have problems the database refuses). */
  rejected: Set<string>;
};

/** The file's customers checked with the counter's rules; the rows to write, or why none. */
function checkRows(
  file: ImportFile,
  options: Pick<ImportOptions, 'validRowsOnly'>,
): CheckedRows | Extract<ImportResult, { status: 'row-problems' }> {
  const rowProblems: StoredRowProblem[] = [];
  const rejected = new Set<string>();
  for (const customer of file.customers) {
    const problem = checkImportedCustomer(customer);
    if (problem === null) continue;
    rowProblems.push({ line: customer.line, ...problem });
    rejected.add(customer.key);
  }
  rowProblems.sort((a, b) => a.line - b.line);
  if ((rowProblems.length > 0 || file.rowProblems.length > 0) && !options.validRowsOnly) {
    return { status: 'row-problems', rowProblems };
  }
  return {
    customers: file.customers.filter((c) => !rejected.has(c.key)),
    purchases: file.purchases.filter((p) => !rejected.has(p.customerKey)),
    rowProblems,
    rejected,
  };
}

async function programsOf(tx: Tx, scope: MerchantScope): Promise<Map<string, Program>> {
  const programs = await listProgramRows(tx, scope.merchantId, { includeArchived: false });
  return new Map(programs.map((p) => [p.id, p]));
}

type Program = Awaited<ReturnType<typeof listProgramRows>>[number];

async function write(
  tx: Tx,
  scope: MerchantScope,
  data: CheckedRows & {
    written: PurchasesWritten;
    withItems: boolean;
    timeZone: string;
    programs: Map<string, Program>;
    importId: string;
    onStep: (step: ImportStep) => Promise<void>;
  },
): Promise<ImportCounts> {
  const { merchantId, actor, now } = scope;
  const { importId, onStep, timeZone, written } = data;
  await onStep('customers');
  const { ids, added } = await resolveCustomers(
    tx,
    scope,
    data.customers,
    data.purchases,
    written.customerIds,
  );
  const customerId = (key: string) => ids.get(key)!;

  const tags = data.customers.flatMap((c) =>
    c.tags.map((tag) => ({ customerId: customerId(c.key), tag })),
  );
  const tagsAdded = await insertImportedTags(tx, merchantId, tags, now);
  const consentsAdded = await insertImportedConsents(
    tx,
    merchantId,
    data.customers.flatMap((c) => consentsOf(c, customerId(c.key))),
    IMPORTED_WORDING,
  );

  await onStep('purchases');
  // The purchases stored while the file was read go to the customers found for them, or away
  // with the customers left out.
  const moves: { from: string; to: string }[] = [];
  const leftOut: string[] = [];
  for (const [key, id] of written.customerIds) {
    const found = ids.get(key);
    if (found === undefined) leftOut.push(id);
    else if (found !== id) moves.push({ from: id, to: found });
  }
  await moveImportedPurchases(tx, merchantId, moves);
  const removed = await deleteImportedPurchasesOf(tx, merchantId, leftOut);
  const sales = data.purchases.filter((p) => p.amountCents >= 0);
  const rows = sales.flatMap((p) =>
    written.purchases.has(p) ? [] : [purchaseRow(p, customerId(p.customerKey), data.withItems)],
  );
  const purchasesAdded =
    written.added -
    removed +
    (await insertImportedPurchases(tx, merchantId, timeZone, rows, actor, now));

  await onStep('refunds');
  const { refunds, unmatched } = allocateCancellations(data.purchases);
  const saleIds = await purchaseIdsByExternalId(tx, merchantId, [
    ...new Set(refunds.map((r) => externalId(r.saleIdentity))),
  ]);
  const refundsAdded = await insertImportedRefunds(
    tx,
    merchantId,
    timeZone,
    refunds.map((r) => ({
      purchaseId: saleIds.get(externalId(r.saleIdentity))!,
      externalId: externalId(r.identity),
      amountCents: r.amountCents,
      day: r.day,
    })),
    actor,
  );

  await onStep('balances');
  const carried = await importedOpeningBalances(tx, merchantId);
  const ledger: ReturnType<typeof ledgerRow>[] = [];
  let openingBalancesKnown = 0;
  for (const customer of data.customers) {
    const id = customerId(customer.key);
    for (const [programId, balance] of Object.entries(customer.openingBalances)) {
      if (carried.has(`${id}:${programId}`)) {
        openingBalancesKnown++;
        continue;
      }
      if (balance === 0) continue;
      const program = data.programs.get(programId)!;
      const entry: LedgerEntry = {
        programId,
        programVersion: program.version,
        kind: 'adjust',
        unit: program.kind,
        delta: balance,
        at: now,
        cause: { type: 'import', importId },
      };
      ledger.push(ledgerRow({ merchantId, customerId: id, actor }, entry));
    }
  }
  for (let start = 0; start < ledger.length; start += LEDGER_BATCH) {
    await tx
      .insertInto('ledger_entries')
      .values(ledger.slice(start, start + LEDGER_BATCH))
      .execute();
  }

  const counts: ImportCounts = {
    customersAdded: added,
    customersKnown: data.customers.length - added,
    purchasesAdded,
    purchasesKnown: sales.length - purchasesAdded,
    refundsAdded,
    cancellationsWithoutSale: unmatched,
    openingBalancesAdded: ledger.length,
    openingBalancesKnown,
    consentsAdded,
    tagsAdded,
  };
  await appendAudit(tx, merchantId, actor, now, {
    action: 'import.completed',
    subjectType: 'import',
    subjectId: importId,
    details: { ...counts },
  });
  // The one event an import sends: its purchases are history and announce nothing each.
  await emitEvent(tx, scope, 'import.completed', { importId, counts });
  return counts;
}

/**
 * The file's customers → customer ids: found by their number in the previous system, else by
 * email, else by phone (a customer found so, without a number yet, is given the file's); the
 * others created, not members of the loyalty program unless a balance is carried over for them.
 */
async function resolveCustomers(
  tx: Tx,
  scope: MerchantScope,
  customers: readonly ImportCustomer[],
  purchases: readonly ImportedPurchase[],
  /** Ids already given to some of the file's customers (while it was read): used if new. */
  chosen: ReadonlyMap<string, string>,
): Promise<{ ids: Map<string, string>; added: number }> {
  const refs = customers.flatMap((c) => (c.customerRef === null ? [] : [c.customerRef]));
  const emails = customers.flatMap((c) => (c.email === null ? [] : [c.email.toLowerCase()]));
  const phones = customers.flatMap((c) => {
    const phone = c.phone === null ? null : normalizePhone(c.phone);
    return phone === null ? [] : [phone];
  });
  const existing = await findCustomersToMatch(tx, scope.merchantId, { refs, emails, phones });
  const byRef = new Map<string, string>();
  const byEmail = new Map<string, KnownCustomer>();
  const byPhone = new Map<string, KnownCustomer>();
  for (const row of existing) {
    if (row.external_ref !== null) byRef.set(row.external_ref, row.id);
    if (row.email !== null && !byEmail.has(row.email)) byEmail.set(row.email, row);
    if (row.phone !== null && !byPhone.has(row.phone)) byPhone.set(row.phone, row);
  }
  const firstDay = new Map<string, number>();
  for (const p of purchases) {
    const day = firstDay.get(p.customerKey);
    if (day === undefined || p.day < day) firstDay.set(p.customerKey, p.day);
  }
  const ids = new Map<string, string>();
  const created: ImportedCustomerRow[] = [];
  const linked: { id: string; externalRef: string }[] = [];
  const claimed = new Set<string>();
  for (const c of customers) {
    const phone = c.phone === null ? null : normalizePhone(c.phone);
    const email = c.email?.toLowerCase() ?? null;
    const known = c.customerRef === null ? undefined : byRef.get(c.customerRef);
    if (known !== undefined) {
      ids.set(c.key, known);
      continue;
    }
    const contact =
      (email === null ? undefined : byEmail.get(email)) ??
      (phone === null ? undefined : byPhone.get(phone));
    // A customer met at the counter gets the file's number, once: a second customer of the
    // file with the same email but another number is someone else.
    if (contact !== undefined && (c.customerRef === null || contact.external_ref === null)) {
      if (c.customerRef === null) {
        ids.set(c.key, contact.id);
        continue;
      }
      if (!claimed.has(contact.id)) {
        claimed.add(contact.id);
        linked.push({ id: contact.id, externalRef: c.customerRef });
        ids.set(c.key, contact.id);
        continue;
      }
    }
    const id = chosen.get(c.key) ?? uuidv7();
    ids.set(c.key, id);
    const day = firstDay.get(c.key);
    created.push({
      id,
      externalRef: c.customerRef,
      firstName: c.firstName,
      lastName: c.lastName,
      email,
      phone,
      birthDay: c.birthday?.day ?? null,
      birthMonth: c.birthday?.month ?? null,
      cardToken: newCardToken(),
      customerSince: day === undefined ? scope.now : new Date(day * DAY_MS),
      memberSince: Object.keys(c.openingBalances).length > 0 ? scope.now : null,
    });
  }
  await linkExternalRefs(tx, scope.merchantId, linked);
  await insertImportedCustomers(tx, scope.merchantId, created, scope.now);
  return { ids, added: created.length };
}

/** The consents the file proves (a date and a source); a consent without them is not assumed. */
function consentsOf(customer: ImportCustomer, customerId: string): ImportedConsent[] {
  const { consentDay, consentSource } = customer;
  if (consentDay === null || consentSource === null) return [];
  const recordedAt = new Date(consentDay * DAY_MS);
  const consents: ImportedConsent[] = [];
  if (customer.emailConsent !== null) {
    consents.push({
      customerId,
      channel: 'email',
      granted: customer.emailConsent,
      recordedAt,
      source: consentSource,
    });
  }
  if (customer.smsConsent !== null) {
    consents.push({
      customerId,
      channel: 'sms',
      granted: customer.smsConsent,
      recordedAt,
      source: consentSource,
    });
  }
  return consents;
}
