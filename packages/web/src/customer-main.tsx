import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Shared styles first, so a page's own rules win over them at equal specificity.
import './ui/styles.css';
import { api } from './api/client.ts';
import { CustomerApp } from './app/CustomerApp.tsx';
import { answerFromThisPage } from './app/first-answer.ts';

// The card page arrives with its first API answer in it: no second round trip.
api.use(answerFromThisPage());

/**
 * The customer pages' own entry (customer.html): what a customer opens from a link or a QR
 * code — their card, the shop's sign-up — and nothing of the owner app. Built with Preact in
 * place of React (vite.config.ts) to stay within the phone budget (test/customer-budget.test.ts).
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CustomerApp />
  </StrictMode>,
);
