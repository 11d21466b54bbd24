import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium } from 'playwright-core';

/** Debian's Chromium: playwright-core drives it without downloading a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** Launches the system Chromium, or fails saying what to install (never a silent skip). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM}: install it (apt-get install chromium) and run again.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The two screens the app is designed for: an owner's laptop and a phone at the counter. */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  },
} satisfies Record<string, BrowserContextOptions>;

/** French first, as the app's owners are; English is switched on in the UI by the tests. */
export function contextOptions(baseURL: string, size: keyof typeof VIEWPORTS) {
  return { ...VIEWPORTS[size], baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
}
