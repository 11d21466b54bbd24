import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';
import { defineMessages } from '../../i18n/i18n.tsx';

const SurveyEditor = lazyPage(() => import('./SurveyEditor.tsx'), 'SurveyEditor');
const SurveyPage = lazyPage(() => import('./SurveyPage.tsx'), 'SurveyPage');
const SurveysPage = lazyPage(() => import('./SurveysPage.tsx'), 'SurveysPage');

export const feature: Feature = {
  routes: [
    { path: '/surveys', Component: SurveysPage, access: 'signed-in' },
    { path: '/surveys/new', Component: SurveyEditor, access: 'signed-in' },
    { path: '/surveys/:id', Component: SurveyPage, access: 'signed-in' },
  ],
  nav: {
    path: '/surveys',
    // Here, not in messages.ts: the menu is in the first download, the page's words are not.
    label: defineMessages({ fr: { label: 'Questionnaires' }, en: { label: 'Surveys' } }),
    order: 55,
    // Asking customers and reading their answers: owners and managers (permission table).
    visible: (can) => can('surveys:manage'),
  },
};
