import { useEffect } from 'react';

/**
 * Makes the card installable as its own app: while the card is open, the page's manifest is
 * the card's (start page = this card, name = the business), not the staff app's.
 */
export function useCardManifest(token: string, businessName: string | undefined) {
  useEffect(() => {
    if (!businessName) return;
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return;
    const previous = link.href;
    link.href = `/api/v1/public/cards/${encodeURIComponent(token)}/manifest`;
    return () => {
      link.href = previous;
    };
  }, [token, businessName]);
}
