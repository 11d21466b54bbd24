import { renderToString } from 'react-dom/server';
import { CUSTOMER_ROUTES, CustomerProviders } from './app/CustomerApp.tsx';
import { createBrowserRouter, RouterProvider } from './app/link-router.tsx';
import { createQueryClient } from './app/query-client.ts';
import { withCardAnswered } from './features/card/card-answer.ts';
import { type Lang, langOf } from './i18n/i18n.tsx';

/** The card's markup for `#root`, and the language it is written in. */
export type CardMarkup = { html: string; lang: Lang };

const router = createBrowserRouter(CUSTOMER_ROUTES);

/**
 * The server's entry into the customer app (built apart, vite.config.ts `cardServer`): the
 * card page at `path` drawn as the browser's first render draws it — the same components, the
 * card's API answer the server wrote into the page, the language the browser would pick from
 * the same preferences (`languages`, Accept-Language in order) — so the card shows as soon as
 * the page's first bytes arrive, before its script, which then takes the markup over as is.
 * Null when the path is no card's or the answer no card: the page is then drawn in the browser.
 */
export function renderCard(
  path: string,
  answer: { url: string; status: number; body: unknown },
  languages: readonly string[],
): CardMarkup | null {
  const queryClient = createQueryClient();
  if (!withCardAnswered(queryClient, path, answer)) return null;
  const lang = langOf(languages);
  const html = renderToString(
    <CustomerProviders queryClient={queryClient} lang={lang}>
      <RouterProvider router={router} at={path} />
    </CustomerProviders>,
  );
  queryClient.clear();
  return { html, lang };
}
