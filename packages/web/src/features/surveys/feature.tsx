import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const SurveyEditor = lazyPage(() => import('./SurveyEditor.tsx'), 'SurveyEditor');
const SurveyPage = lazyPage(() => import('./SurveyPage.tsx'), 'SurveyPage');
const SurveysPage = lazyPage(() => import('./SurveysPage.tsx'), 'SurveysPage');

export const feature: Feature = {
  routes: [
    { path: '/surveys', Component: SurveysPage, access: 'signed-in' },
    { path: '/surveys/new', Component: SurveyEditor, access: 'signed-in' },
    { path: '/surveys/:id', Component: SurveyPage, access: 'signed-in' },
  ],
};
