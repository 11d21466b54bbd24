import type { Feature } from '../../app/feature.ts';
import { CounterPage } from './CounterPage.tsx';
import { messages } from './messages.ts';

export const feature: Feature = {
  routes: [{ path: '/counter', Component: CounterPage, access: 'signed-in' }],
  nav: {
    path: '/counter',
    label: { fr: { label: messages.fr.nav }, en: { label: messages.en.nav } },
    order: 20,
  },
};
