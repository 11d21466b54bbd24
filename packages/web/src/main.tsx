import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Shared styles first, so a feature's own rules win over them at equal specificity.
import './ui/styles.css';

// Every feature's styles with the first download: pages are loaded on demand, but their class
// names are shared across features (a table region, a checkbox row), and a page opened first
// must not be laid out without another feature's rules. They weigh little next to the scripts.
import.meta.glob('./features/*/*.css', { eager: true });

import { App } from './app/App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
