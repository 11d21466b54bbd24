import { existsSync, readFileSync, statSync } from 'node:fs';
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
  it('are every file the counter page names, and the chunks the counter loads on demand', () => {
    const page = readFileSync(join(WEB_DIST, 'counter.html'), 'utf8');
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

/** What a till's phone downloads before it can search: the counter app, as the server sends it. */
const COUNTER_PAGE_JS_BUDGET = 100 * 1024;

describe('the counter app', () => {
  const page = () => readFileSync(join(WEB_DIST, 'counter.html'), 'utf8');
  const scripts = () => [...page().matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');

  it(`is one script of at most ${COUNTER_PAGE_JS_BUDGET / 1024} KB compressed, which imports no other file`, () => {
    expect(scripts()).toHaveLength(1);
    expect(page()).not.toContain('modulepreload');
    const [entry = ''] = scripts();
    expect(statSync(join(WEB_DIST, `${entry}.br`)).size).toBeLessThanOrEqual(
      COUNTER_PAGE_JS_BUDGET,
    );
    // Its one import on demand (the QR decoder) named under /assets/, as the page needs it.
    const code = readFileSync(join(WEB_DIST, entry), 'utf8');
    expect(code).not.toMatch(/\b(?:import|from)\s*\(?\s*["'`]\.{1,2}\//);
    expect(code).toMatch(/import\(`\/assets\/jsQR-[\w-]+\.js`\)/);
  });

  it('holds neither react-router nor the other screens', () => {
    const [entry = ''] = scripts();
    const code = readFileSync(join(WEB_DIST, entry), 'utf8');
    // Words only react-router and the dashboard's page carry.
    expect(code).not.toContain('useNavigate() may be used only');
    expect(code).not.toContain('echarts');
    expect(code).not.toMatch(/DashboardPage-[\w-]+\.js/);
    // The menu is whole: the dashboard's entry is there.
    expect(code).toContain('Tableau de bord');
  });
});
