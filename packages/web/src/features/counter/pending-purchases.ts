import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { api } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';

/**
 * Purchases the till could not send (no network). Each keeps the Idempotency-Key of the tap
 * that made it, so however many times it is re-sent the server counts it once.
 */
export type PendingPurchase = {
  key: string;
  customerId: string;
  customerName: string;
  amountCents: number;
  /** When the cashier confirmed it: the purchase happened then, not when it syncs. */
  occurredAt: string;
  /** Set when the server refused it for good (e.g. the customer no longer exists). */
  failure?: string;
};

const STORAGE_KEY = 'habitue.counter.pending';
const RETRY_MS = 15_000;
const listeners = new Set<() => void>();
let snapshot: PendingPurchase[] = read();

function read(): PendingPurchase[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingPurchase[]) : [];
  } catch {
    return [];
  }
}

function write(next: PendingPurchase[]) {
  snapshot = next;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  for (const listener of listeners) listener();
}

export function enqueuePurchase(p: PendingPurchase) {
  if (!snapshot.some((q) => q.key === p.key)) write([...snapshot, p]);
}

export function dismissPurchase(key: string) {
  write(snapshot.filter((p) => p.key !== key));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the same till may sync or queue too.
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) {
      snapshot = read();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** True when the request never got an answer (offline, DNS, connection reset). */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ApiProblem) || error.status >= 500;
}

async function send(p: PendingPurchase): Promise<'sent' | 'offline' | string> {
  try {
    await api.POST('/api/v1/purchases', {
      body: { customerId: p.customerId, amountCents: p.amountCents, occurredAt: p.occurredAt },
      headers: { 'Idempotency-Key': p.key },
    });
    return 'sent';
  } catch (error) {
    if (isNetworkFailure(error)) return 'offline';
    return error instanceof ApiProblem ? error.text() : String(error);
  }
}

/**
 * The queue and its sync loop: tries again when the browser says it is back online, when the
 * page opens, and every 15 s while something is waiting.
 */
export function usePendingPurchases(onSynced?: (p: PendingPurchase) => void) {
  const pending = useSyncExternalStore(subscribe, () => snapshot);
  const running = useRef(false);
  const synced = useRef(onSynced);
  synced.current = onSynced;

  const sync = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (const p of snapshot.filter((q) => !q.failure)) {
        const outcome = await send(p);
        if (outcome === 'offline') break;
        if (outcome === 'sent') {
          dismissPurchase(p.key);
          synced.current?.(p);
        } else {
          write(snapshot.map((q) => (q.key === p.key ? { ...q, failure: outcome } : q)));
        }
      }
    } finally {
      running.current = false;
    }
  }, []);

  const waiting = pending.filter((p) => !p.failure).length;
  useEffect(() => {
    if (waiting === 0) return;
    void sync();
    const timer = window.setInterval(() => void sync(), RETRY_MS);
    const online = () => void sync();
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [waiting, sync]);

  return { pending, sync };
}
