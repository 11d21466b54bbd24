import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../../api/client.ts';
import { useT } from '../../../i18n/i18n.tsx';
import { messages } from './messages.ts';
import './wallet.css';

/**
 * "Add to Apple Wallet" and "Add to Google Wallet", for the wallets the server offers. Nothing
 * at all when it offers none, or when asking fails: the card page works without them.
 */
export function WalletButtons({ token }: { token: string }) {
  const t = useT(messages);
  const query = useQuery({
    queryKey: ['public-card-wallet', token],
    queryFn: () =>
      call(api.GET('/api/v1/public/cards/{token}/wallet', { params: { path: { token } } })),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const links = query.data;
  if (!links || (!links.apple && !links.google)) return null;
  return (
    <section className="card wallet-buttons" aria-labelledby="wallet-title">
      <h2 id="wallet-title">{t('title')}</h2>
      <p className="small">{t('help')}</p>
      <div className="wallet-links">
        {links.apple && (
          <a className="wallet-link apple" href={links.apple}>
            {t('addToApple')}
          </a>
        )}
        {links.google && (
          <a className="wallet-link google" href={links.google} target="_blank" rel="noopener">
            {t('addToGoogle')}
          </a>
        )}
      </div>
    </section>
  );
}
