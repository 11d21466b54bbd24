import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { passAuthenticationToken } from '../../src/wallet/apple/authentication-token.ts';
import { signInMember } from '../http/team-members.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import {
  makeShopCertificates,
  makeTestChain,
  PASS_TYPE_ID,
  type ShopCertificates,
  type TestChain,
} from './test-certificates.ts';

let chain: TestChain;
let shop: ShopCertificates;
let SHOP_PASS_TYPE: string;
let SHOP_TEAM: string;
let P12_PASSWORD: string;

beforeAll(() => {
  chain = makeTestChain();
  shop = makeShopCertificates(chain);
  SHOP_PASS_TYPE = shop.passTypeId;
  SHOP_TEAM = shop.teamId;
  P12_PASSWORD = shop.p12Password;
});

/** The pass.json of a .pkpass and whether its signature verifies against the test root. */
function openPass(bytes: Buffer) {
  const dir = mkdtempSync(join(chain.dir, 'pass-'));
  writeFileSync(join(dir, 'p.pkpass'), bytes);
  execFileSync('unzip', ['-q', 'p.pkpass', '-d', 'c'], { cwd: dir });
  const content = join(dir, 'c');
  const verified = spawnSync(
    'openssl',
    [
      'smime',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      join(content, 'signature'),
      '-content',
      join(content, 'manifest.json'),
      '-CAfile',
      chain.files.ca,
      '-purpose',
      'any',
      '-signer',
      join(dir, 'signer.pem'),
      '-out',
      '/dev/null',
    ],
    { encoding: 'utf8' },
  );
  return {
    pass: JSON.parse(readFileSync(join(content, 'pass.json'), 'utf8')),
    verified,
    signer: verified.status === 0 ? readFileSync(join(dir, 'signer.pem'), 'utf8') : '',
  };
}

describeEachBackend("a shop's own Apple Wallet certificate", (database) => {
  async function bakery(options: { serverCertificate: boolean; now?: string }) {
    const clock = testClock(options.now ?? new Date().toISOString());
    const base = testServices(database(), {
      now: clock.now,
      wallet: { apple: options.serverCertificate ? chain.apple : null, google: null },
    });
    const services = {
      ...base,
      config: { ...base.config, publicUrl: 'https://habitue.test' },
    };
    const client = testClient(services);
    const owner = await signUpOwner(client, { businessName: 'Boulangerie Léon' });
    const auth = { cookie: owner.cookie as string };
    await buildStampCard(client, auth, { stampsPerCard: 10 });
    const customer = await buildCustomer(client, auth, { firstName: 'Léa' });
    const upload = (body: Record<string, unknown>, who = auth) =>
      client.request('PUT', '/api/v1/apple-wallet-certificate', { ...who, body });
    const download = async () => {
      const response = await client.app.request(
        `/api/v1/public/cards/${customer.cardToken}/wallet/pass.pkpass`,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200 && response.status !== 404) throw new Error(bytes.toString());
      return { status: response.status, bytes };
    };
    return { clock, client, auth, owner, customer, upload, download };
  }

  const pem = () => ({
    passTypeIdentifier: SHOP_PASS_TYPE,
    teamIdentifier: SHOP_TEAM,
    certificate: shop.certificate,
    key: shop.key,
  });

  it('signs the shop’s passes with its own .p12 certificate, shows its subject and expiry, and falls back when removed', async () => {
    const { client, auth, upload, download } = await bakery({ serverCertificate: true });
    const none = await client.request('GET', '/api/v1/apple-wallet-certificate', auth);
    expect(none.body).toEqual({ own: null, serverPassTypeIdentifier: PASS_TYPE_ID });
    const before = openPass((await download()).bytes);
    expect(before.pass.passTypeIdentifier).toBe(PASS_TYPE_ID);

    const saved = await upload({
      passTypeIdentifier: SHOP_PASS_TYPE,
      teamIdentifier: SHOP_TEAM,
      p12: shop.p12,
      password: P12_PASSWORD,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.own).toMatchObject({
      passTypeIdentifier: SHOP_PASS_TYPE,
      teamIdentifier: SHOP_TEAM,
      subject: `Pass Type ID: ${SHOP_PASS_TYPE}`,
    });
    expect(new Date(saved.body.own.expiresAt).getTime()).toBeGreaterThan(Date.parse('2027-12-01'));
    expect(JSON.stringify(saved.body)).not.toContain('PRIVATE KEY');

    const own = await download();
    expect(own.status).toBe(200);
    const opened = openPass(own.bytes);
    expect(opened.verified.status, opened.verified.stderr).toBe(0);
    expect(opened.pass).toMatchObject({
      passTypeIdentifier: SHOP_PASS_TYPE,
      teamIdentifier: SHOP_TEAM,
    });
    expect(opened.signer.replace(/\s/g, '')).toBe(shop.certificate.replace(/\s/g, ''));

    const removed = await client.request('DELETE', '/api/v1/apple-wallet-certificate', auth);
    expect(removed.body).toEqual({ own: null, serverPassTypeIdentifier: PASS_TYPE_ID });
    expect(openPass((await download()).bytes).pass.passTypeIdentifier).toBe(PASS_TYPE_ID);
  });

  it('keeps the PassKit web service working: under the shop’s Pass Type ID, and the server’s for passes issued before', async () => {
    const { client, owner, customer, upload } = await bakery({ serverCertificate: true });
    expect((await upload(pem())).status).toBe(200);
    const serial = `${owner.merchant.id}.${customer.id}`;
    const headers = { authorization: `ApplePass ${passAuthenticationToken(customer.cardToken)}` };
    const base = '/api/v1/wallet/apple/v1';
    const device = 'device-leon-1';
    const registered = await client.request(
      'POST',
      `${base}/devices/${device}/registrations/${SHOP_PASS_TYPE}/${serial}`,
      { headers, body: { pushToken: 'apns-1' } },
    );
    expect(registered.status).toBe(201);
    const changed = await client.request(
      'GET',
      `${base}/devices/${device}/registrations/${SHOP_PASS_TYPE}`,
    );
    expect(changed.body.serialNumbers).toEqual([serial]);
    const latest = await client.app.request(`${base}/passes/${SHOP_PASS_TYPE}/${serial}`, {
      headers,
    });
    expect(latest.status).toBe(200);
    const mine = openPass(Buffer.from(await latest.arrayBuffer()));
    expect(mine.verified.status, mine.verified.stderr).toBe(0);
    expect(mine.pass.passTypeIdentifier).toBe(SHOP_PASS_TYPE);
    // A pass issued under the server's Pass Type ID before the upload keeps its own.
    const older = await client.app.request(`${base}/passes/${PASS_TYPE_ID}/${serial}`, { headers });
    expect(older.status).toBe(200);
    expect(openPass(Buffer.from(await older.arrayBuffer())).pass.passTypeIdentifier).toBe(
      PASS_TYPE_ID,
    );
    const stranger = await client.app.request(`${base}/passes/pass.fr.ailleurs/${serial}`, {
      headers,
    });
    expect(stranger.status).toBe(404);
  });

  it('offers Apple Wallet on a server without a certificate once the shop has its own', async () => {
    const { client, auth, customer, upload, download } = await bakery({ serverCertificate: false });
    const links = () => client.request('GET', `/api/v1/public/cards/${customer.cardToken}/wallet`);
    expect((await links()).body.apple).toBeNull();
    expect((await download()).status).toBe(404);
    // Without a server WWDR, the shop attaches Apple's intermediate certificate.
    const missing = await upload(pem());
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'wwdr', code: 'wwdr_required' }),
    ]);
    expect((await upload({ ...pem(), wwdr: shop.wwdr })).status).toBe(200);
    expect((await links()).body.apple).toContain('/wallet/pass.pkpass');
    const opened = openPass((await download()).bytes);
    expect(opened.verified.status, opened.verified.stderr).toBe(0);
    const view = await client.request('GET', '/api/v1/apple-wallet-certificate', auth);
    expect(view.body.serverPassTypeIdentifier).toBeNull();
  });

  it.each([
    ['not a certificate', { certificate: 'bonjour' }, 'certificate', 'certificate_unreadable'],
    ['a key that is not the certificate’s', { key: 'lone' }, 'key', 'key_mismatch'],
    [
      'a certificate that is not a Pass Type ID one',
      { notPassType: true },
      'certificate',
      'not_pass_type_certificate',
    ],
    [
      'another Pass Type ID',
      { passTypeIdentifier: 'pass.fr.autre.carte' },
      'passTypeIdentifier',
      'pass_type_id_mismatch',
    ],
    ['another team', { teamIdentifier: 'AAAAA11111' }, 'teamIdentifier', 'team_id_mismatch'],
    ['a wrong .p12 password', { p12Password: 'faux' }, 'password', 'p12_password_wrong'],
    ['a certificate of another chain', { stranger: true }, 'wwdr', 'not_issued_by_wwdr'],
  ] as const)('refuses %s next to the field, storing nothing', async (_, change, field, code) => {
    const { client, auth, upload } = await bakery({ serverCertificate: true });
    const c = change as Record<string, unknown>;
    const body: Record<string, unknown> =
      'p12Password' in c
        ? {
            passTypeIdentifier: SHOP_PASS_TYPE,
            teamIdentifier: SHOP_TEAM,
            p12: shop.p12,
            password: c.p12Password,
          }
        : 'notPassType' in c
          ? { ...pem(), ...shop.notPassType }
          : 'stranger' in c
            ? {
                ...pem(),
                passTypeIdentifier: PASS_TYPE_ID,
                teamIdentifier: 'ABCDE12345',
                ...chain.stranger,
              }
            : { ...pem(), ...c, ...(c.key === 'lone' ? { key: chain.loneKey } : {}) };
    const refused = await upload(body);
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field, code })]);
    const view = await client.request('GET', '/api/v1/apple-wallet-certificate', auth);
    expect(view.body.own).toBeNull();
  });

  it('refuses an expired certificate, and lets only the owner see or change it', async () => {
    const { upload, client, auth } = await bakery({
      serverCertificate: true,
      // A year and a few days on: the shop's certificate (365 days) has expired.
      now: new Date(Date.now() + 370 * 86_400_000).toISOString(),
    });
    const expired = await upload(pem());
    expect(expired.status).toBe(422);
    expect(expired.body.errors).toEqual([
      expect.objectContaining({ field: 'certificate', code: 'certificate_expired' }),
    ]);
    const manager = await signInMember(client, auth, 'manager');
    expect((await client.request('GET', '/api/v1/apple-wallet-certificate', manager)).status).toBe(
      403,
    );
    expect((await upload(pem(), manager)).status).toBe(403);
  });
});
