import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { checkSigningCertificates } from '../../src/wallet/apple/signing-certificates.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { makeTestChain, PASS_TYPE_ID, TEAM_ID, type TestChain } from './test-certificates.ts';

let chain: TestChain;
beforeAll(() => {
  chain = makeTestChain();
});

/** Every file of a directory, by its path inside it. */
function filesOf(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  return out;
}

/** `openssl smime -verify` of the detached signature over the manifest, against the test root. */
function verifySignature(dir: string, manifest = join(dir, 'manifest.json')) {
  return spawnSync(
    'openssl',
    [
      'smime',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      join(dir, 'signature'),
      '-content',
      manifest,
      '-CAfile',
      chain.files.ca,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ],
    { encoding: 'utf8' },
  );
}

describeEachBackend('Apple Wallet pass of a card', (database) => {
  async function cardWithPurchases(
    services = testServices(database(), { wallet: { apple: chain.apple, google: null } }),
  ) {
    const client = testClient(services);
    const owner = await signUpOwner(client, { businessName: 'Boulangerie Léon' });
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth, { stampsPerCard: 10 });
    const customer = await buildCustomer(client, auth, { firstName: 'Léa' });
    for (let i = 0; i < 4; i++) {
      await purchase(client, auth, { customerId: customer.id, amountCents: 450 });
    }
    return { client, owner, customer };
  }

  async function download(client: ReturnType<typeof testClient>, token: string) {
    const response = await client.app.request(`/api/v1/public/cards/${token}/wallet/pass.pkpass`);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('is a signed archive: every file in the manifest with its SHA-1, the signature verifies against the root', async () => {
    const { client, customer } = await cardWithPurchases();
    const { response, bytes } = await download(client, customer.cardToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.apple.pkpass');
    const dir = mkdtempSync(join(chain.dir, 'pass-'));
    writeFileSync(join(dir, 'pass.pkpass'), bytes);
    execFileSync('unzip', ['-q', 'pass.pkpass', '-d', 'content'], { cwd: dir });
    const content = join(dir, 'content');
    const files = filesOf(content);
    const manifest = JSON.parse(files['manifest.json']?.toString() ?? '{}');
    const signed = Object.keys(files).filter((f) => f !== 'manifest.json' && f !== 'signature');
    expect(Object.keys(manifest).sort()).toEqual(signed.sort());
    expect(signed).toEqual(
      expect.arrayContaining([
        'pass.json',
        'icon.png',
        'fr.lproj/pass.strings',
        'en.lproj/pass.strings',
      ]),
    );
    for (const file of signed) {
      expect(manifest[file], file).toBe(
        createHash('sha1')
          .update(files[file] as Buffer)
          .digest('hex'),
      );
    }
    const verified = verifySignature(content);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stderr).toContain('Verification successful');

    // The same check refuses a manifest changed after signing.
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...manifest, 'pass.json': '0'.repeat(40) }));
    expect(verifySignature(content, tampered).status).not.toBe(0);
  });

  it('shows the shop, the balance, the progress, the next reward and the QR code of the card link', async () => {
    const { client, customer } = await cardWithPurchases();
    const { bytes } = await download(client, customer.cardToken);
    const dir = mkdtempSync(join(chain.dir, 'pass-'));
    writeFileSync(join(dir, 'p.pkpass'), bytes);
    execFileSync('unzip', ['-q', 'p.pkpass', '-d', 'c'], { cwd: dir });
    const pass = JSON.parse(readFileSync(join(dir, 'c', 'pass.json'), 'utf8'));
    const fr = readFileSync(join(dir, 'c', 'fr.lproj', 'pass.strings'), 'utf8');
    const en = readFileSync(join(dir, 'c', 'en.lproj', 'pass.strings'), 'utf8');
    expect(pass).toMatchObject({
      formatVersion: 1,
      passTypeIdentifier: PASS_TYPE_ID,
      teamIdentifier: TEAM_ID,
      organizationName: 'Boulangerie Léon',
      barcodes: [
        { format: 'PKBarcodeFormatQR', message: `http://habitue.test/c/${customer.cardToken}` },
      ],
    });
    expect(pass.serialNumber).toContain(customer.id);
    // Over plain http the pass cannot ask for updates: Wallet only talks to https.
    expect(pass.webServiceURL).toBeUndefined();
    expect(pass.storeCard.primaryFields[0]).toMatchObject({
      label: 'label.stamps',
      value: 'value.balance0',
    });
    expect(fr).toContain('"value.balance0" = "4 / 10 tampons";');
    expect(fr).toContain('"value.next0" = "Café offert dans 6 tampons";');
    expect(en).toContain('"value.balance0" = "4 / 10 stamps";');
    expect(en).toContain('"value.next0" = "Free coffee in 6 more stamps";');
  });

  it('answers 404 wallet_not_configured on a server without a certificate, and an unknown card 404', async () => {
    const plain = testClient(testServices(database()));
    const { customer } = await cardWithPurchases(testServices(database()));
    const r = await plain.request(
      'GET',
      `/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
    );
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.code).toBe('wallet_not_configured');
    const { client } = await cardWithPurchases();
    const unknown = await client.request(
      'GET',
      '/api/v1/public/cards/nope-nope-nope/wallet/pass.pkpass',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
  });

  it('refuses an expired certificate (the server clock past its end) with wallet_certificate_expired', async () => {
    const later = new Date(Date.now() + 400 * 24 * 3600_000);
    const services = testServices(database(), { wallet: { apple: chain.apple, google: null } });
    const { customer } = await cardWithPurchases(services);
    const client = testClient({ ...services, now: () => later });
    const r = await client.request(
      'GET',
      `/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
    );
    expect(r.status).toBe(503);
    expect(r.body.code).toBe('wallet_certificate_expired');
    expect(r.body.detail).toContain('APPLE_WALLET_CERTIFICATE expired');
  });

  it('refuses a wrong certificate with wallet_certificate_invalid', async () => {
    const services = testServices(database(), {
      wallet: { apple: { ...chain.apple, certificate: chain.stranger.certificate }, google: null },
    });
    const { client, customer } = await cardWithPurchases(services);
    const r = await client.request(
      'GET',
      `/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
    );
    expect(r.status).toBe(503);
    expect(r.body.code).toBe('wallet_certificate_invalid');
  });
});

it.each([
  [
    'a key that is not the certificate’s',
    { key: () => chain.loneKey, keyPassphrase: null },
    'not the private key',
  ],
  ['a wrong passphrase', { keyPassphrase: 'pas le bon' }, 'wrong APPLE_WALLET_KEY_PASSPHRASE'],
  [
    'a certificate from another chain',
    {
      certificate: () => chain.stranger.certificate,
      key: () => chain.stranger.key,
      keyPassphrase: null,
    },
    'not issued by the APPLE_WALLET_WWDR',
  ],
  ['another Pass Type ID', { passTypeId: 'pass.fr.autre' }, 'not APPLE_WALLET_PASS_TYPE_ID'],
  ['another team', { teamId: 'ZZZZZ99999' }, 'not APPLE_WALLET_TEAM_ID'],
  ['no certificate at all', { certificate: 'bonjour' }, 'not a PEM certificate'],
] as const)(
  'a signing certificate with %s is refused with the variable to fix',
  (_, change, detail) => {
    const apple = { ...chain.apple };
    for (const [k, v] of Object.entries(change)) {
      (apple as Record<string, unknown>)[k] = typeof v === 'function' ? v() : v;
    }
    expect(() => checkSigningCertificates(apple, new Date())).toThrow(
      expect.objectContaining({
        code: 'wallet_certificate_invalid',
        message: expect.stringContaining(detail),
      }),
    );
    expect(() => checkSigningCertificates(chain.apple, new Date())).not.toThrow();
  },
);
