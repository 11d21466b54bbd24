import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { Field } from '../../ui/Field.tsx';
import { CounterError } from './CounterError.tsx';
import { type SignUpPrefill, signUpPrefill } from './new-customer.ts';
import { cardTokenFrom } from './parse.ts';
import { QrScanner } from './QrScanner.tsx';
import { type Customer, displayName } from './types.ts';
import { useCounterText } from './use-counter-text.ts';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const PAGE = 8;
const search = (query: string, cursor?: string) =>
  call(
    api.GET('/api/v1/customers', {
      params: { query: { query, limit: PAGE, ...(cursor ? { cursor } : {}) } },
    }),
  );

/**
 * Step one at the till: find the customer by typing or by scanning their card. A card code,
 * card link or voucher code answers with its one customer (the server reads them), so Entrée
 * picks the right person; more than 8 matches load page by page.
 */
export function CustomerFinder(props: {
  onPick(c: Customer): void;
  onNew(prefill: SignUpPrefill): void;
}) {
  const { t } = useCounterText();
  const [text, setText] = useState('');
  const [scanning, setScanning] = useState(false);
  const [scanError, setScanError] = useState<unknown>(null);
  const [scanNote, setScanNote] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 200);
  const results = useInfiniteQuery({
    queryKey: ['counter-search', query],
    queryFn: ({ pageParam }) => search(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: query.length >= 2,
    staleTime: 10_000,
  });
  const items = query.length >= 2 ? (results.data?.pages.flatMap((p) => p.items) ?? []) : [];

  const onScanned = async (raw: string) => {
    setScanning(false);
    const token = cardTokenFrom(raw);
    if (!token) return setScanNote(t('notACard'));
    try {
      const page = await search(token);
      const match = page.items.find((c) => c.cardToken === token);
      if (match) props.onPick(match);
      else setScanNote(t('unknownCard'));
    } catch (error) {
      setScanError(error);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const first = items[0];
    if (first && query === text.trim()) props.onPick(first);
  };

  return (
    <section className="stack">
      <form onSubmit={submit} className="stack">
        <Field
          label={t('searchLabel')}
          hint={t('searchHint')}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          autoFocus
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setScanNote(null);
          }}
        />
      </form>
      <div className="counter-actions">
        <button
          type="button"
          className="button secondary big"
          aria-pressed={scanning}
          onClick={() => {
            setScanNote(null);
            setScanError(null);
            setScanning((s) => !s);
          }}
        >
          {scanning ? t('stopScan') : t('scan')}
        </button>
        <button
          type="button"
          className="button secondary big"
          onClick={() => props.onNew(signUpPrefill(text))}
        >
          {t('newCustomer')}
        </button>
      </div>
      {scanning && <QrScanner onRead={(raw) => void onScanned(raw)} />}
      {scanNote && (
        <div className="alert warn" role="alert">
          {scanNote}
        </div>
      )}
      <CounterError error={scanError ?? results.error} />
      <div aria-live="polite" className="small muted">
        {results.isFetching && !results.isFetchingNextPage ? t('searching') : ''}
        {query.length >= 2 && results.isSuccess && items.length === 0 ? t('noMatch') : ''}
      </div>
      {items.length > 0 && (
        <ul className="counter-results">
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => props.onPick(c)}>
                <strong>{displayName(c) || t('anonymous')}</strong>
                <span className="muted small">
                  {[c.phone, c.email].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && results.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {results.isFetchingNextPage ? t('searching') : t('moreResults')}
        </button>
      )}
    </section>
  );
}
