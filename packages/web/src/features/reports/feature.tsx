import type { Feature } from '../../app/feature.ts';
import { ActionEvaluationPage } from './ActionEvaluationPage.tsx';
import { MonthlyReportPage } from './MonthlyReportPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [
    { path: '/reports', Component: ActionEvaluationPage, access: 'signed-in' },
    { path: '/reports/monthly', Component: MonthlyReportPage, access: 'signed-in' },
  ],
  nav: {
    path: '/reports',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 14,
    // Value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
