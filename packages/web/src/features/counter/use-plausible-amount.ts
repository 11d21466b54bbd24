import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';

const KEPT = 'habitue.counter.confirmAboveCents';

function kept(): number | undefined {
  const value = Number(localStorage.getItem(KEPT));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Above which amount this shop's counter asks to confirm (the server derives it from the
 * shop's own baskets). The last answer is kept on the device, so the check holds offline too.
 */
export function usePlausibleAmount(): number | undefined {
  const query = useQuery({
    queryKey: ['plausible-amount'],
    queryFn: async () => {
      const answer = await call(api.GET('/api/v1/purchases/plausible-amount'));
      localStorage.setItem(KEPT, String(answer.confirmAboveCents));
      return answer.confirmAboveCents;
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
  return query.data ?? kept();
}

/**
 * Whether a typed amount needs a second look before it is recorded.
 * @example needsConfirmation(125_000, 25_000, null) // true
 */
export function needsConfirmation(
  cents: number,
  confirmAbove: number | undefined,
  confirmed: number | null,
): boolean {
  return confirmAbove !== undefined && cents > confirmAbove && confirmed !== cents;
}
