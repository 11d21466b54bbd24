import type { QueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema.d.ts';
import { cardTokenOf } from './card-path.ts';

export type PublicCard = components['schemas']['PublicCard'];

/** The cache key of a card's API answer: the page's query and whatever fills it ahead. */
export const cardQueryKey = (token: string) => ['public-card', token] as const;

/**
 * Puts the card the server already answered for this page in the cache, so the page's first
 * render shows it — on the server, and in the browser that takes over the server's markup
 * (the same render, so nothing moves). False when the path is no card's or the answer no card.
 */
export function withCardAnswered(
  queryClient: QueryClient,
  path: string,
  answer: { url: string; status: number; body: unknown } | null,
): boolean {
  const token = cardTokenOf(path);
  if (!token || !answer || answer.status !== 200) return false;
  if (answer.url !== `/api/v1/public/cards/${token}`) return false;
  queryClient.setQueryData(cardQueryKey(token), answer.body as PublicCard);
  return true;
}
