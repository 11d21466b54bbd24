import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Shared styles first, so a feature's own rules win over them at equal specificity.
import './ui/styles.css';
import { App } from './app/App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
