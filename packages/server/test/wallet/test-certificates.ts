import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppleCredentials, GoogleCredentials } from '../../src/wallet/load-wallet.ts';

export const PASS_TYPE_ID = 'pass.fr.habitue.test';
export const TEAM_ID = 'ABCDE12345';
export const PASSPHRASE = 'mot de passe';

/**
 * A certificate chain made with openssl for the test, shaped like Apple's: a root, a "WWDR"
 * intermediate, and a Pass Type ID certificate (UID = pass type, OU = team) whose key is
 * encrypted with a passphrase. Also a stranger's certificate (same names, another chain) and
 * an RSA key of no certificate, for the wrong-certificate cases.
 */
export type TestChain = {
  dir: string;
  /** Paths of the PEM files. */
  files: { ca: string; wwdr: string; signer: string; signerKey: string };
  apple: AppleCredentials;
  stranger: { certificate: string; key: string };
  loneKey: string;
};

export function makeTestChain(): TestChain {
  const dir = mkdtempSync(join(tmpdir(), 'habitue-wallet-'));
  const at = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  writeFileSync(
    at('ca.ext'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n',
  );
  writeFileSync(
    at('leaf.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n',
  );
  const selfSigned = (name: string, subject: string) =>
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '3650',
      '-subj',
      subject,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
  const issue = (name: string, subject: string, issuer: string, ext: string, days: string) =>
    issueCertificate(dir, name, subject, {
      caCertificate: `${issuer}.pem`,
      caKey: `${issuer}.key`,
      extensions: ext,
      days,
    });
  const passSubject = `/UID=${PASS_TYPE_ID}/CN=Pass Type ID: ${PASS_TYPE_ID}/OU=${TEAM_ID}/O=Habitue Test`;
  selfSigned('ca', '/CN=Habitue Test Root CA');
  issue('wwdr', '/CN=Habitue Test WWDR/OU=G4', 'ca', 'ca.ext', '3650');
  issue('signer', passSubject, 'wwdr', 'leaf.ext', '365');
  openssl(
    'rsa',
    '-in',
    'signer.key',
    '-aes256',
    '-passout',
    `pass:${PASSPHRASE}`,
    '-out',
    'signer-encrypted.key',
  );
  selfSigned('other-ca', '/CN=Someone Else Root');
  issue('stranger', passSubject, 'other-ca', 'leaf.ext', '365');
  openssl('genrsa', '-out', 'lone.key', '2048');
  const read = (name: string) => readFileSync(at(name), 'utf8');
  return {
    dir,
    files: {
      ca: at('ca.pem'),
      wwdr: at('wwdr.pem'),
      signer: at('signer.pem'),
      signerKey: at('signer-encrypted.key'),
    },
    apple: {
      passTypeId: PASS_TYPE_ID,
      teamId: TEAM_ID,
      certificate: read('signer.pem'),
      key: read('signer-encrypted.key'),
      keyPassphrase: PASSPHRASE,
      wwdr: read('wwdr.pem'),
    },
    stranger: { certificate: read('stranger.pem'), key: read('stranger.key') },
    loneKey: read('lone.key'),
  };
}

/** A Google service account key, as the console gives it (the fields this server reads). */
export function makeServiceAccount(chain: TestChain): GoogleCredentials & { publicKey: string } {
  const publicKey = execFileSync('openssl', ['rsa', '-in', 'lone.key', '-pubout'], {
    cwd: chain.dir,
    stdio: 'pipe',
  }).toString();
  return {
    issuerId: '3388000000012345678',
    clientEmail: 'habitue-wallet@habitue-test.iam.gserviceaccount.com',
    privateKey: chain.loneKey,
    publicKey,
  };
}

/** A shop's own certificates: PEM, the .p12 Keychain would export, and a non-Pass Type ID one. */
export type ShopCertificates = {
  passTypeId: string;
  teamId: string;
  certificate: string;
  key: string;
  /** The .p12 file (certificate, key and the WWDR), base64. */
  p12: string;
  p12Password: string;
  p12File: string;
  wwdr: string;
  /** A website's certificate from the same chain: not a Pass Type ID certificate. */
  notPassType: { certificate: string; key: string };
};

/** A shop's Pass Type ID certificate issued under the test WWDR, as Apple would issue it. */
export function makeShopCertificates(
  chain: TestChain,
  passTypeId = 'pass.fr.boulangerie-leon.carte',
  teamId = 'ZYXWV98765',
): ShopCertificates {
  const dir = mkdtempSync(join(chain.dir, 'shop-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  writeFileSync(
    join(dir, 'leaf.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n',
  );
  const issue = (name: string, subject: string) =>
    issueCertificate(dir, name, subject, {
      caCertificate: chain.files.wwdr,
      caKey: join(chain.dir, 'wwdr.key'),
      extensions: 'leaf.ext',
      days: '365',
    });
  issue(
    'shop',
    `/UID=${passTypeId}/CN=Pass Type ID: ${passTypeId}/OU=${teamId}/O=Boulangerie Leon`,
  );
  issue('website', '/CN=www.boulangerie-leon.fr/O=Boulangerie Leon');
  const p12Password = 'secret du fournil';
  openssl(
    'pkcs12',
    '-export',
    '-in',
    'shop.pem',
    '-inkey',
    'shop.key',
    '-certfile',
    chain.files.wwdr,
    '-passout',
    `pass:${p12Password}`,
    '-out',
    'shop.p12',
  );
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    passTypeId,
    teamId,
    certificate: read('shop.pem'),
    key: read('shop.key'),
    p12: readFileSync(join(dir, 'shop.p12')).toString('base64'),
    p12Password,
    p12File: join(dir, 'shop.p12'),
    wwdr: readFileSync(chain.files.wwdr, 'utf8'),
    notPassType: { certificate: read('website.pem'), key: read('website.key') },
  };
}

/** A new RSA key and its certificate `name.pem`, signed by a CA, made with openssl in `dir`. */
function issueCertificate(
  dir: string,
  name: string,
  subject: string,
  by: { caCertificate: string; caKey: string; extensions: string; days: string },
) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    by.caCertificate,
    '-CAkey',
    by.caKey,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    by.days,
    '-extfile',
    by.extensions,
  );
}
