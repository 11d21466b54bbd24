import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * An API key a request was identified by from this process's memory, not yet proved live in
 * the database. The first merchant transaction of the request proves it in the statement it
 * runs anyway (`enterMerchant`), so a cached key costs no statement of its own and a key
 * revoked by any process is refused by the next transaction that uses it.
 */
export interface DeferredKeyCheck {
  readonly merchantId: string;
  readonly keyId: string;
  /** Whether a statement of this request already found the key live. */
  readonly verified: boolean;
  /** What the database answered; throws (401) when the key is no longer live. */
  settle(live: boolean): void;
}

const checks = new AsyncLocalStorage<DeferredKeyCheck>();

/** Runs the rest of a request with `check` to prove in its first merchant transaction. */
export function withDeferredKeyCheck<T>(check: DeferredKeyCheck, work: () => T): T {
  return checks.run(check, work);
}

/** The check still to prove for this request in `merchantId`'s transaction, if any. */
export function deferredKeyCheck(merchantId: string): DeferredKeyCheck | undefined {
  const check = checks.getStore();
  return check && !check.verified && check.merchantId === merchantId ? check : undefined;
}
