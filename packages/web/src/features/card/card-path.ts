/**
 * A customer card page's path, `/c/<token>` (a trailing slash allowed), and the one place that
 * says so: the server reads it to write the card's API answer and markup into the page
 * (packages/server/src/http/web-app.ts, `cardAnswerOf`), the page reads it to take that answer
 * (card-answer.ts). A token is what a card link carries: letters, digits, `_` and `-`, at most
 * 128 of them (the card API's own limit, packages/server/src/http/routes/public/public.schemas.ts);
 * a path with anything else is left to the page to request, so nothing else is echoed into it.
 * No imports: the server loads this file from the web app's sources as it is.
 */
const CARD_PATH = /^\/c\/([\w-]{1,128})\/?$/;

/** The card's token in a card page's path, or null for any other page. */
export function cardTokenOf(path: string): string | null {
  return CARD_PATH.exec(path)?.[1] ?? null;
}
