import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const ActionEvaluationPage = lazyPage(
  () => import('./ActionEvaluationPage.tsx'),
  'ActionEvaluationPage',
);
const MonthlyReportPage = lazyPage(() => import('./MonthlyReportPage.tsx'), 'MonthlyReportPage');

export const feature: Feature = {
  routes: [
    { path: '/reports', Component: ActionEvaluationPage, access: 'signed-in' },
    { path: '/reports/monthly', Component: MonthlyReportPage, access: 'signed-in' },
  ],
  nav: {
    path: '/reports',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Bilans' }, en: { label: 'Reviews' } }),
    order: 14,
    // Value figures: managers and owners.
    visible: (can) => can('analytics:read'),
  },
};
