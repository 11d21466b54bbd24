import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { problemFrom } from '../../api/problem.ts';
import { type Answer, afterAttempt, dueSales, type QueuedSale } from './sale-queue.ts';
import { removeSale, salesSnapshot, saveSale, subscribeSales } from './sale-store.ts';
import type { PurchaseResult } from './types.ts';

/**
 * Sends a sale's stored bytes under its stored key (never a rebuilt body: the server compares
 * them with the first request it saw under that key).
 */
async function send(sale: QueuedSale): Promise<{ answer: Answer; result?: PurchaseResult }> {
  let response: Response;
  try {
    response = await fetch('/api/v1/purchases', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': sale.key },
      body: sale.body,
    });
  } catch {
    return { answer: { kind: 'network' } };
  }
  const retryAfterSeconds = Number(response.headers.get('retry-after')) || null;
  if (response.ok) {
    const result = (await response.json().catch(() => undefined)) as PurchaseResult | undefined;
    return { answer: { kind: 'answer', status: response.status }, ...(result ? { result } : {}) };
  }
  const problem = await problemFrom(response);
  const { status, code, detail, fields } = problem;
  return {
    answer: { kind: 'refusal', refusal: { status, code, detail, fields }, retryAfterSeconds },
  };
}

/**
 * One attempt at a stored sale; the stored copy follows the outcome (recorded → removed, still
 * waiting → saved with its next attempt time, refused → kept with its reason unless `dropRefused`).
 */
export async function attemptSale(sale: QueuedSale, options: { dropRefused?: boolean } = {}) {
  const { answer, result } = await send(sale);
  const next = afterAttempt(sale, answer, Date.now());
  if (next.state === 'recorded' || (next.state === 'refused' && options.dropRefused))
    await removeSale(sale.key);
  else await saveSale(next);
  return { sale: next, answer, result };
}

const TICK_MS = 5_000;

/**
 * The queue as the counter sees it, and its sync loop: sends what is due every few seconds,
 * everything at once when the browser says it is back online or the cashier asks. One tab
 * of the till sends at a time (Web Locks), though the keys would make a double send harmless.
 */
export function useSaleQueue(onRecorded?: (sale: QueuedSale, result?: PurchaseResult) => void) {
  const sales = useSyncExternalStore(subscribeSales, salesSnapshot);
  const recorded = useRef(onRecorded);
  recorded.current = onRecorded;

  const sync = useCallback(async (all = false) => {
    const run = async () => {
      const due = all
        ? salesSnapshot().filter((s) => s.state === 'pending')
        : dueSales(salesSnapshot(), Date.now());
      for (const sale of due) {
        const outcome = await attemptSale(sale);
        if (outcome.sale.state === 'recorded') recorded.current?.(outcome.sale, outcome.result);
        if (outcome.answer.kind === 'network') break;
      }
    };
    if (navigator.locks) {
      await navigator.locks.request('habitue-counter-sync', { ifAvailable: true }, (lock) =>
        lock ? run() : undefined,
      );
    } else await run();
  }, []);

  const waiting = sales.filter((s) => s.state === 'pending').length;
  useEffect(() => {
    if (waiting === 0) return;
    void sync();
    const timer = window.setInterval(() => void sync(), TICK_MS);
    const online = () => void sync(true);
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [waiting, sync]);

  return { sales, sync: () => sync(true) };
}
