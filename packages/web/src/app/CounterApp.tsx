import { feature as counter } from '../features/counter/feature.tsx';
import { screensApp } from './AppRoot.tsx';
import { createQueryClient } from './query-client.ts';

/**
 * What a till gets when it opens /counter (counter.html, written into the page on a first
 * visit by the server): the counter, in the signed-in frame with the whole menu, and nothing
 * of the other screens. The menu's other entries, the sign-in and the sign-out are the owner
 * app's pages, which the browser loads (in the counter build `react-router` is
 * ./link-router.tsx, whose navigation does so for a path this app does not hold).
 */
export const CounterApp = screensApp(counter.routes, createQueryClient());
