import { DEFAULT_CONFIRM_ABOVE_CENTS } from '@habitue/loyalty';
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
export function usePlausibleAmount(): number {
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
  return plausibleThreshold(query.data, kept());
}

/**
 * The threshold the counter checks against: the server's answer, else the one kept on this
 * device, else — on a device that has never had one, while the first answer is on its way or
 * offline — the floor of every shop's threshold. The check then asks more often, never less:
 * a "1250" typed for "12,50" is not recorded unchecked because the page has just opened.
 * @example plausibleThreshold(undefined, undefined) // 25_000
 */
export function plausibleThreshold(fetched: number | undefined, kept: number | undefined): number {
  return fetched ?? kept ?? DEFAULT_CONFIRM_ABOVE_CENTS;
}

/**
 * Whether a typed amount needs a second look before it is recorded.
 * @example needsConfirmation(125_000, 25_000, null) // true
 */
export function needsConfirmation(
  cents: number,
  confirmAbove: number,
  confirmed: number | null,
): boolean {
  return cents > confirmAbove && confirmed !== cents;
}
