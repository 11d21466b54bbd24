import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

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
};
