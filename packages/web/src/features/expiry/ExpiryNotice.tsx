import { useFormat, useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/**
 * "40 points expirent le 15 juillet 2027": inactivity expiry writes off the whole balance at
 * `expiresAt` (the nightly job), so the customer sees how much and when.
 */
export function ExpiryNotice({
  kind,
  balance,
  expiresAt,
}: {
  kind: 'stamps' | 'points';
  balance: number;
  expiresAt: string | null | undefined;
}) {
  const t = useT(messages);
  const format = useFormat();
  if (!expiresAt || balance <= 0) return null;
  const key = kind === 'stamps' ? 'stampsExpire' : 'pointsExpire';
  return <p className="small muted">{t(key, { n: balance, date: format.date(expiresAt) })}</p>;
}
