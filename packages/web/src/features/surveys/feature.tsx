import type { Feature } from '../../app/feature.ts';
import { messages } from './messages.ts';
import { SurveyEditor } from './SurveyEditor.tsx';
import { SurveyPage } from './SurveyPage.tsx';
import { SurveysPage } from './SurveysPage.tsx';

export const feature: Feature = {
  routes: [
    { path: '/surveys', Component: SurveysPage, access: 'signed-in' },
    { path: '/surveys/new', Component: SurveyEditor, access: 'signed-in' },
    { path: '/surveys/:id', Component: SurveyPage, access: 'signed-in' },
  ],
  nav: {
    path: '/surveys',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 55,
    // Asking customers and reading their answers: owners and managers (permission table).
    visible: (can) => can('surveys:manage'),
  },
};
