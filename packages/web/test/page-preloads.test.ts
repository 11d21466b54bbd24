import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, WEB_DIST } from '../../server/src/web/ensure-web-build.ts';

/** The chunks the server names in the page for each screen (packages/server/src/http/web/page-preloads.ts). */
const table = () =>
  JSON.parse(readFileSync(join(WEB_DIST, 'page-preloads.json'), 'utf8')) as Record<
    string,
    string[]
  >;

beforeAll(async () => {
  await ensureWebBuild(() => {});
}, 300_000);

describe("the dashboard's chunks, named in the page it opens on", () => {
  it("are its page's chunk and the shared chunks it imports, all in the build", () => {
    const dashboard = table()['/dashboard'] ?? [];
    expect(dashboard.filter((path) => /\/DashboardPage-[\w-]+\.js$/.test(path))).toHaveLength(1);
    for (const path of dashboard)
      expect([path, existsSync(join(WEB_DIST, path))]).toEqual([path, true]);
    // Each chunk the dashboard's chunk imports is there: nothing waits for it to run first.
    const page = dashboard.find((path) => path.includes('DashboardPage')) ?? '';
    const code = readFileSync(join(WEB_DIST, page), 'utf8');
    const imported = [...code.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].map(
      (m) => `/assets/${m[1]}`,
    );
    expect(imported.length).toBeGreaterThan(1);
    const owner = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    for (const path of imported)
      expect([path, dashboard.includes(path) || owner.includes(path)]).toEqual([path, true]);
  });

  it('leave out what the page names already, and the chart library (loaded after the figures)', () => {
    const owner = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const dashboard = table()['/dashboard'] ?? [];
    for (const path of dashboard) expect(owner).not.toContain(path);
    // The chart's box (EChart.tsx, under a kilobyte) may come with the page; ECharts itself is
    // built apart (vite/standalone-module.ts) and fetched once a chart is on screen.
    expect(dashboard.filter((path) => /echarts/i.test(path))).toEqual([]);
    const box = dashboard.find((path) => /\/EChart-[\w-]+\.js$/.test(path));
    if (box) expect(readFileSync(join(WEB_DIST, box)).length).toBeLessThan(4_000);
  });
});
