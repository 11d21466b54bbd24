import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const EditProgramPage = lazyPage(() => import('./ProgramPages.tsx'), 'EditProgramPage');
const NewProgramPage = lazyPage(() => import('./ProgramPages.tsx'), 'NewProgramPage');
const ProgramsPage = lazyPage(() => import('./ProgramsPage.tsx'), 'ProgramsPage');

export const feature: Feature = {
  routes: [
    { path: '/programs', Component: ProgramsPage, access: 'signed-in' },
    { path: '/programs/new', Component: NewProgramPage, access: 'signed-in' },
    { path: '/programs/:id', Component: EditProgramPage, access: 'signed-in' },
  ],
};
