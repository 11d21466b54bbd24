import type { Feature } from '../../app/feature.ts';
import { PublicSurveyPage } from './PublicSurveyPage.tsx';

/** The survey page customers answer on, behind the survey's link or QR code (no login). */
export const publicFeature: Feature = {
  routes: [{ path: '/s/:token', Component: PublicSurveyPage, access: 'public' }],
};
