import { fromLegacyPending, type QueuedSale } from './sale-queue.ts';

/**
 * Where the counter's sales wait: IndexedDB, which survives a closed tab, a reload and a phone
 * that kills the browser, and is shared by every tab of the till (a BroadcastChannel tells the
 * others when it changes). Readers get a snapshot kept in memory.
 */
const DB_NAME = 'habitue-counter';
const STORE = 'sales';
const LEGACY_KEY = 'habitue.counter.pending';

const listeners = new Set<() => void>();
let snapshot: readonly QueuedSale[] = [];
let opened: Promise<IDBDatabase> | undefined;
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(DB_NAME) : null;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'key' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  }).then(async (db) => {
    await adoptLegacyQueue(db);
    return db;
  });
  return opened;
}

async function transaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await database();
  const tx = db.transaction(STORE, mode);
  const result = request(work(tx.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return result;
}

/** Purchases an earlier counter kept in localStorage move here once, then leave localStorage. */
async function adoptLegacyQueue(db: IDBDatabase) {
  const raw = localStorage.getItem(LEGACY_KEY);
  if (!raw) return;
  let legacy: unknown;
  try {
    legacy = JSON.parse(raw);
  } catch {
    legacy = [];
  }
  const tx = db.transaction(STORE, 'readwrite');
  for (const item of Array.isArray(legacy) ? legacy : []) {
    if (item && typeof item.key === 'string' && !item.failure)
      tx.objectStore(STORE).put(fromLegacyPending(item, Date.now()));
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  localStorage.removeItem(LEGACY_KEY);
}

async function reload() {
  snapshot = await transaction('readonly', (s) => s.getAll() as IDBRequest<QueuedSale[]>);
  for (const listener of listeners) listener();
}

channel?.addEventListener('message', () => void reload());

async function changed() {
  await reload();
  channel?.postMessage('changed');
}

/** Writes the sale (new or updated) before anything is sent. */
export async function saveSale(sale: QueuedSale) {
  await transaction('readwrite', (s) => s.put(sale));
  await changed();
}

export async function removeSale(key: string) {
  await transaction('readwrite', (s) => s.delete(key));
  await changed();
}

export function salesSnapshot() {
  return snapshot;
}

/** For useSyncExternalStore; the first subscriber loads what the last session left. */
export function subscribeSales(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) void reload();
  return () => {
    listeners.delete(listener);
  };
}
