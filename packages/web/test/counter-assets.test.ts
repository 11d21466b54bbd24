import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, WEB_DIST } from '../../server/src/web/ensure-web-build.ts';

/** What the counter's service worker keeps for a till with no network (public/counter-sw.js). */
const listed = () =>
  JSON.parse(readFileSync(join(WEB_DIST, 'counter-assets.json'), 'utf8')) as string[];

beforeAll(async () => {
  await ensureWebBuild(() => {});
}, 300_000);

describe('the files the counter needs offline', () => {
  it('are every file the owner page names, and the chunks the counter loads on demand', () => {
    const page = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const named = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const path of named) expect(listed()).toContain(path);
    // The QR scanner's decoder: imported when the camera opens, named by no page.
    const scanner = listed().filter((path) => /jsQR/i.test(path));
    expect(scanner).toHaveLength(1);
    expect(named).not.toContain(scanner[0]);
  });

  it('exist in the build, and leave out the screens a till does not open', () => {
    for (const path of listed())
      expect([path, existsSync(join(WEB_DIST, path))]).toEqual([path, true]);
    expect(listed().filter((path) => /EChart|DashboardPage|SettingsPage/.test(path))).toEqual([]);
  });
});
