import { useCallback, useRef } from 'react';
import { idempotencyKey } from '../../api/client.ts';

/**
 * One Idempotency-Key per user action: asking again for the same action (same request, e.g.
 * a retry after a timeout) gives the same key; a different request, or `done()`, a new one.
 */
export function useActionKey() {
  const current = useRef<{ action: string; key: string } | null>(null);
  const keyFor = useCallback((action: string) => {
    if (current.current?.action !== action) current.current = { action, key: idempotencyKey() };
    return current.current.key;
  }, []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, done };
}
