/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../../packages/web/e2e/support/chromium.ts';
import { startHabitue } from '../../packages/web/e2e/support/habitue-server.ts';
import { PHONE, throttle, timeUntilReady, watchReady } from './phone-profile.ts';

const browser = await launchChromium();
const server = await startHabitue({ demo: true });
try {
  const context = await browser.newContext({ ...PHONE.context, baseURL: server.url });
  await context.request.post('/api/v1/auth/login', { data: { email: 'demo@habitue.app', password: 'lilas-demo-2026' } });
  const page = await context.newPage();
  await watchReady(page, () => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    return box !== null && !box.disabled;
  });
  await throttle(context, page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  const ms = await timeUntilReady(page, process.argv[2] ?? '/counter');
  const trace = await browser.stopTracing();
  writeFileSync('/tmp/trace.json', trace);
  console.log('ready', ms);
} finally {
  await server.stop();
  await browser.close();
}
