import type { QueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema.d.ts';

export type PublicCard = components['schemas']['PublicCard'];

/** The cache key of a card's API answer: the page's query and whatever fills it ahead. */
export const cardQueryKey = (token: string) => ['public-card', token] as const;

/** A card page's path, as the server recognises it (`cardAnswerOf` in packages/server). */
const CARD_PATH = /^\/c\/([\w-]{1,128})\/?$/;

/** The card's token in a card page's path, or null for any other page. */
export function cardTokenOf(path: string): string | null {
  return CARD_PATH.exec(path)?.[1] ?? null;
}

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
