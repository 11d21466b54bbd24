import type { Feature } from '../../app/feature.ts';
import { EditProgramPage, NewProgramPage } from './ProgramPages.tsx';
import { ProgramsPage } from './ProgramsPage.tsx';

export const feature: Feature = {
  routes: [
    { path: '/programs', Component: ProgramsPage, access: 'signed-in' },
    { path: '/programs/new', Component: NewProgramPage, access: 'signed-in' },
    { path: '/programs/:id', Component: EditProgramPage, access: 'signed-in' },
  ],
  nav: {
    path: '/programs',
    label: { fr: { label: 'Programmes' }, en: { label: 'Programs' } },
    order: 40,
    visible: (can) => can('programs:write'),
  },
};
