import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// Shared styles first, so a page's own rules win over them at equal specificity.
import './ui/styles.css';
import { api } from './api/client.ts';
import { CustomerApp } from './app/CustomerApp.tsx';
import { answerFromPage, readFirstAnswer } from './app/first-answer.ts';
import { createQueryClient } from './app/query-client.ts';
import { withCardAnswered } from './features/card/card-answer.ts';
import { initialLang } from './i18n/i18n.tsx';
import { SERVER_RENDERED_LANG } from './server-rendered.ts';

// The card page arrives with its first API answer in it: no second round trip.
const answer = readFirstAnswer(document.getElementById('first-answer')?.textContent);
api.use(answerFromPage(answer));

const queryClient = createQueryClient();
// The card is in the first render, as on the server: the page shows it at once.
const cardAnswered = withCardAnswered(queryClient, window.location.pathname, answer);

/**
 * The customer pages' own entry (customer.html): what a customer opens from a link or a QR
 * code — their card, the shop's sign-up — and nothing of the owner app. Built with Preact in
 * place of React (vite.config.ts) to stay within the phone budget (test/customer-budget.test.ts).
 * A card the server rendered (src/card-server.tsx) is taken over as it is (hydrated) when this
 * render draws the same: the same card, in the same language, as opened from a link (a page
 * the app itself led to — the card after signing up, reloaded — holds a history state the
 * server never saw, its welcome); otherwise it is drawn anew.
 */
const root = document.getElementById('root')!;
const rendered = root.getAttribute(SERVER_RENDERED_LANG);
const lang = initialLang();
const app = (
  <StrictMode>
    <CustomerApp queryClient={queryClient} lang={lang} />
  </StrictMode>
);
if (rendered === lang && cardAnswered && window.history.state === null) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
