import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The owner app's styles, in the same order (src/main.tsx): the counter looks the same.
import './ui/styles.css';

import.meta.glob('./features/*/*.css', { eager: true });

import { CounterApp } from './app/CounterApp.tsx';

/**
 * The counter's own entry (counter.html): what a till opening /counter downloads before it
 * can search for a customer — React, the session, the menu and the counter, not the other
 * screens nor react-router (see docs/decisions/0014-light-customer-pages.md).
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CounterApp />
  </StrictMode>,
);
