import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The owner app's styles, in the same order (src/main.tsx): the dashboard looks the same.
import './ui/styles.css';

import.meta.glob('./features/*/*.css', { eager: true });

import { DashboardApp } from './app/DashboardApp.tsx';

/**
 * The dashboard's own entry (dashboard.html): what an owner opening /dashboard downloads before
 * the first figures — React, the session, the menu and the dashboard, not the other screens,
 * react-router nor the charts (loaded after the figures; see
 * docs/decisions/0014-light-customer-pages.md).
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DashboardApp />
  </StrictMode>,
);
