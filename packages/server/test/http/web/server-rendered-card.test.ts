import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { ensureWebBuild, WEB_DIST } from '../../../src/web/ensure-web-build.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/**
 * The card page a customer opens from their link, as the server sends it with the real web
 * build: the card drawn into the page (packages/web/src/card-server.tsx) before its script, so
 * a phone shows it as the first bytes arrive.
 */
beforeAll(async () => {
  await ensureWebBuild(() => {});
}, 300_000);

const FRENCH = 'fr-FR,fr;q=0.9,en;q=0.8';
const ENGLISH = 'en-GB,en;q=0.9,fr;q=0.5';

/** What `#root` holds, and where it and the first module script stand in the page. */
function layout(html: string) {
  const root = /<div id="root"( data-rendered-lang="(\w+)")?>/.exec(html);
  const rootAt = root?.index ?? -1;
  const scriptAt = html.indexOf('<script type="module"');
  const end = html.indexOf('<script', rootAt + 1);
  return {
    renderedLang: root?.[2] ?? null,
    markup: rootAt === -1 ? '' : html.slice(rootAt, end === -1 ? undefined : end),
    rootAt,
    scriptAt,
  };
}

describeEachBackend('the card page drawn by the server', (database) => {
  let web: ReturnType<typeof createApp>;
  let token: string;

  beforeAll(async () => {
    const services = testServices(database());
    const client = testClient(services);
    const owner = await signUpOwner(client, { businessName: 'Café des Arts' });
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth, { stampsPerCard: 3 });
    const customer = await buildCustomer(client, auth, { firstName: 'Léa' });
    for (let i = 0; i < 4; i++)
      await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
    token = customer.cardToken;
    web = createApp(services, { webDist: WEB_DIST });
  });

  const visit = (path: string, headers: Record<string, string>) => web.request(path, { headers });

  it('writes the card, its QR code and rewards into the page before the script, in French', async () => {
    const res = await visit(`/c/${token}`, { 'accept-language': FRENCH });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^habitue_card_app=/);
    const html = await res.text();
    const page = layout(html);
    expect(page.renderedLang).toBe('fr');
    expect(html).toContain('<html lang="fr"');
    // The script is written into the page (a first visit), after the card.
    expect(page.scriptAt).toBeGreaterThan(page.rootAt);
    expect(html).not.toContain('<script type="module" crossorigin src=');
    expect(page.markup).toContain('Café des Arts');
    expect(page.markup).toContain('Bonjour Léa !');
    expect(page.markup).toContain('Montrez ce code au comptoir');
    expect(page.markup).toContain('Carte café');
    expect(page.markup).toMatch(/class="card card-qr"[\s\S]*<img src="data:image\/svg\+xml/);
    expect(page.markup).toContain('QR code de votre carte, à présenter au comptoir');
    expect(page.markup).toContain('card-rewards');
    expect(page.markup).toContain('Café offert');
    // The card's answer is still in the page, for the script that takes the markup over.
    expect(html).toContain('<script type="application/json" id="first-answer">');
  });

  it('writes it in English for a browser that prefers English', async () => {
    const html = await (await visit(`/c/${token}`, { 'accept-language': ENGLISH })).text();
    const page = layout(html);
    expect(page.renderedLang).toBe('en');
    expect(html).toContain('<html lang="en"');
    expect(page.markup).toContain('Hello Léa!');
    expect(page.markup).toContain('Coffee card');
    expect(page.markup).toContain('Free coffee');
    expect(page.markup).not.toContain('Bonjour');
  });

  it('draws the card for a browser that keeps the app too (its files linked)', async () => {
    const first = await visit(`/c/${token}`, { 'accept-language': FRENCH });
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const res = await visit(`/c/${token}`, { 'accept-language': FRENCH, cookie });
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/customer-[\w-]+\.js">/);
    const page = layout(html);
    expect(page.renderedLang).toBe('fr');
    expect(page.markup).toContain('Bonjour Léa !');
    expect(page.markup).toContain('card-rewards');
  });

  it('answers an unknown card link as before: the problem in the page, nothing drawn', async () => {
    const res = await visit('/c/no-such-card-token', { 'accept-language': FRENCH });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('<div id="root" data-rendered-lang');
    const answer = /<script type="application\/json" id="first-answer">([^<]*)<\/script>/.exec(
      html,
    );
    expect(JSON.parse(answer?.[1] ?? 'null')).toMatchObject({ status: 404 });
  });

  it('never serves the build’s server side as a file', async () => {
    const res = await visit('/server/card.js', {});
    expect(await res.text()).not.toContain('renderCard');
  });
});
