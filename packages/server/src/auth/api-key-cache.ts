/**
 * API keys this process has seen, by digest: a till sends the same key with every purchase, and
 * finding it again is a statement and a transaction of its own. What is kept never changes for
 * a key (its merchant, its scopes); whether it is still live is proved in the request's own
 * transaction (`DeferredKeyCheck`), so revoking a key in any process takes effect at once.
 */
export type CachedApiKey = {
  readonly id: string;
  readonly merchantId: string;
  readonly scopes: readonly string[];
  lastUsedAt: Date | null;
};

/** Keys kept per process; the oldest goes first when full. */
const MAX_KEYS = 10_000;
const keys = new Map<string, CachedApiKey>();

export function cachedApiKey(hash: string): CachedApiKey | undefined {
  return keys.get(hash);
}

export function rememberApiKey(hash: string, key: CachedApiKey): void {
  keys.delete(hash);
  if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
  keys.set(hash, key);
}

export function forgetApiKey(hash: string): void {
  keys.delete(hash);
}
