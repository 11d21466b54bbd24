import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';

/** The value once it has stopped changing for `ms` (typing 1, 12, 12,5 asks once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The server's quote for the amount typed (and the promo code applied), asked once typing
 * settles. Nothing is stored by asking; a refused promo code comes back as the error.
 */
export function useQuote(customerId: string, cents: number | null, promoCode: string | null) {
  const settled = useSettled(cents, 250);
  return useQuery({
    queryKey: ['quote', customerId, settled, promoCode],
    enabled: settled !== null && settled > 0 && settled === cents,
    retry: false,
    queryFn: () =>
      call(
        api.POST('/api/v1/purchases/quote', {
          body: {
            customerId,
            amountCents: settled ?? 0,
            ...(promoCode ? { promoCode } : {}),
          },
        }),
      ),
  });
}
