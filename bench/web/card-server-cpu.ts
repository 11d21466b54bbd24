/**
 * What the server-rendered card costs the server: its CPU per card page (`/c/<token>`), with
 * the web build's card renderer (packages/web/src/card-server.tsx, built to
 * dist/server/card.js) and without it (the same build with its server folder left out: the
 * server then sends the page with the card's API answer in it, as before the renderer).
 *
 * One process, in process (`app.request`, the full middleware stack, no socket), on the
 * embedded PostgreSQL with the demo shop, for the demo customer the phone bench opens. Each
 * round asks N pages of each kind, one after the other (the kinds alternated, the order
 * swapped every round), and takes `process.cpuUsage()` (user + system) around them: the
 * server's CPU, every thread of this process, not PostgreSQL's. Two visits: a first one (no
 * cookie: the customer app written into the page) and a returning one (the app's cookie: its
 * files linked). Prints medians over the rounds, per page.
 *
 *   npx tsx bench/web/card-server-cpu.ts [--pages 200] [--rounds 7]
 */
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RateLimiter } from '../../packages/server/src/auth/rate-limiter.ts';
import { openStorage } from '../../packages/server/src/db/open-storage.ts';
import { DEMO, seedDemoShop } from '../../packages/server/src/demo/seed-demo-shop.ts';
import { createApp } from '../../packages/server/src/http/app.ts';
import { SERVER_BUILD_DIR } from '../../packages/server/src/http/web/server-rendered-card.ts';
import { ensureWebBuild, WEB_DIST } from '../../packages/server/src/web/ensure-web-build.ts';
import { testServices } from '../../packages/server/test/support/test-app.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '7' },
  },
});
const PAGES = Number(values.pages);
const ROUNDS = Number(values.rounds);
/** What a phone's browser sends with a card link. */
const PHONE = { 'accept-encoding': 'gzip, deflate, br, zstd', 'accept-language': 'fr-FR,fr;q=0.9' };

const log = (line: string) => console.error(`[bench] ${line}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

const scratch = mkdtempSync(join(tmpdir(), 'habitue-card-cpu-'));
// Run as root, the embedded PostgreSQL runs as "postgres", which must reach its data directory.
chmodSync(scratch, 0o755);
const storage = await (async () => {
  if (await ensureWebBuild(log)) log('web app built');
  // The build without its server side: no renderer, the card page as before it.
  const plainDist = join(scratch, 'dist-without-renderer');
  cpSync(WEB_DIST, plainDist, {
    recursive: true,
    filter: (source) => source !== join(WEB_DIST, SERVER_BUILD_DIR),
  });
  log('starting the embedded PostgreSQL and seeding the demo shop…');
  return openStorage(
    { kind: 'embedded', dataDir: join(scratch, 'data') },
    { command: 'bench:web card-server-cpu' },
  );
})().catch((error: unknown) => {
  rmSync(scratch, { recursive: true, force: true });
  throw error;
});

try {
  await seedDemoShop(storage.db, { seed: 42, now: new Date() });
  // Only a card look-up that misses counts against its address, and these all hit: the limit
  // is raised so that no run is ever refused, whatever misses share its address. The look-up
  // still reads the address's count, as in production.
  const services = testServices(storage, { cardLimiter: new RateLimiter(1e12, 60_000) });
  const apps = {
    rendered: createApp(services, { webDist: WEB_DIST }),
    plain: createApp(services, { webDist: join(scratch, 'dist-without-renderer') }),
  };

  // The customer the phone bench opens: the first named one of the owner's list.
  const login = await apps.plain.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.owner.email, password: DEMO.owner.password }),
  });
  const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const list = (await (
    await apps.plain.request('/api/v1/customers?limit=50', { headers: { cookie: session } })
  ).json()) as { items: { firstName: string | null; cardToken: string }[] };
  const customer = list.items.find((c) => c.firstName);
  if (!customer) throw new Error('no named customer in the demo shop');
  const path = `/c/${customer.cardToken}`;

  type Kind = keyof typeof apps;
  type Visit = 'first' | 'returning';
  const appCookie = async (kind: Kind) => {
    const res = await apps[kind].request(path, { headers: PHONE });
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const cookies = { rendered: await appCookie('rendered'), plain: await appCookie('plain') };

  /** One page as a phone gets it; its size on the wire and whether the card was drawn in it. */
  async function page(kind: Kind, visit: Visit) {
    const headers = visit === 'first' ? PHONE : { ...PHONE, cookie: cookies[kind] };
    const res = await apps[kind].request(path, { headers });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${kind} ${visit}: ${res.status}`);
    return { bytes: body.byteLength, encoding: res.headers.get('content-encoding') };
  }

  // The drawn card shows in the page's HTML: checked once, so the two kinds differ as meant.
  const html = async (kind: Kind) =>
    (await apps[kind].request(path, { headers: { 'accept-language': 'fr-FR' } })).text();
  const drawn = '<div id="root" data-rendered-lang="fr">';
  if (!(await html('rendered')).includes(drawn))
    throw new Error('the renderer did not draw the card: is dist/server/card.js built?');
  if ((await html('plain')).includes('<div id="root" data-rendered-lang'))
    throw new Error('the build without its server folder drew the card');

  /** CPU (user + system) and wall time per page, in µs, over `PAGES` pages. */
  async function batch(kind: Kind, visit: Visit) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    let last = { bytes: 0, encoding: null as string | null };
    for (let i = 0; i < PAGES; i++) last = await page(kind, visit);
    const used = process.cpuUsage(cpu);
    return {
      cpuUs: (used.user + used.system) / PAGES,
      wallUs: ((performance.now() - wall) * 1000) / PAGES,
      ...last,
    };
  }

  const cells: [Kind, Visit][] = [
    ['rendered', 'first'],
    ['plain', 'first'],
    ['rendered', 'returning'],
    ['plain', 'returning'],
  ];
  log(`warming up (${PAGES} pages of each kind), load average ${load()}`);
  for (const [kind, visit] of cells) await batch(kind, visit);

  const results = new Map<string, { cpu: number[]; wall: number[]; bytes: number; enc: string }>();
  const loadBefore = load();
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? cells : [...cells].reverse();
    for (const [kind, visit] of order) {
      const r = await batch(kind, visit);
      const key = `${kind}/${visit}`;
      const cell = results.get(key) ?? { cpu: [], wall: [], bytes: r.bytes, enc: '' };
      cell.cpu.push(r.cpuUs);
      cell.wall.push(r.wallUs);
      cell.enc = r.encoding ?? 'identity';
      results.set(key, cell);
    }
    log(`round ${round + 1}/${ROUNDS} done, load average ${load()}`);
  }

  const ms = (us: number) => (us / 1000).toFixed(2);
  const lines = [
    `card page ${path.slice(0, 12)}…, ${PAGES} pages × ${ROUNDS} rounds per cell, ` +
      `${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}`,
    `load average (1, 5, 15 min): ${loadBefore} before the rounds, ${load()} after`,
    '',
    '| Visit | Card drawn by the server | Server CPU per page, median (min–max) | Wall per page, median | Page on the wire |',
    '|---|---|---|---|---|',
  ];
  for (const [kind, visit] of cells) {
    const cell = results.get(`${kind}/${visit}`)!;
    lines.push(
      `| ${visit} | ${kind === 'rendered' ? 'yes' : 'no'} | ${ms(median(cell.cpu))} ms ` +
        `(${ms(Math.min(...cell.cpu))}–${ms(Math.max(...cell.cpu))}) | ${ms(median(cell.wall))} ms | ` +
        `${(cell.bytes / 1000).toFixed(1)} kB (${cell.enc}) |`,
    );
  }
  for (const visit of ['first', 'returning'] as const) {
    const drawn = median(results.get(`rendered/${visit}`)!.cpu);
    const plain = median(results.get(`plain/${visit}`)!.cpu);
    lines.push(
      `${visit} visit: the drawn card costs ${ms(drawn - plain)} ms of server CPU more per page`,
    );
  }
  console.log(lines.join('\n'));
} finally {
  await storage.close();
  rmSync(scratch, { recursive: true, force: true });
}
