import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { AppError } from '../../errors/app-error.ts';
import type { AppleCredentials } from '../load-wallet.ts';

/** What signs a pass, once checked. */
export type SigningCertificates = {
  signerCert: string;
  signerKey: string;
  wwdr: string;
};

/**
 * Checks the operator's Pass Type ID certificate before signing with it, so that a wrong one
 * gives a clear `wallet_certificate_invalid` (and an expired one `wallet_certificate_expired`)
 * instead of a pass the iPhone silently refuses: the certificate must be readable, its key
 * must open with the passphrase and belong to it, it must be issued by the WWDR certificate
 * given, name the configured Pass Type ID and Team ID, and be valid now.
 */
export function checkSigningCertificates(
  credentials: AppleCredentials,
  now: Date,
): SigningCertificates {
  const signer = certificate(credentials.certificate, 'APPLE_WALLET_CERTIFICATE');
  const wwdr = certificate(credentials.wwdr, 'APPLE_WALLET_WWDR');
  const key = privateKey(credentials);
  if (!signer.checkPrivateKey(key)) {
    throw invalid('APPLE_WALLET_KEY is not the private key of APPLE_WALLET_CERTIFICATE');
  }
  if (!signer.checkIssued(wwdr) || !signer.verify(wwdr.publicKey)) {
    throw invalid('APPLE_WALLET_CERTIFICATE was not issued by the APPLE_WALLET_WWDR certificate');
  }
  const subject = fields(signer.subject);
  if (subject.UID !== undefined && subject.UID !== credentials.passTypeId) {
    throw invalid(
      `APPLE_WALLET_CERTIFICATE is for ${subject.UID}, not APPLE_WALLET_PASS_TYPE_ID ${credentials.passTypeId}`,
    );
  }
  if (subject.OU !== undefined && subject.OU !== credentials.teamId) {
    throw invalid(
      `APPLE_WALLET_CERTIFICATE belongs to team ${subject.OU}, not APPLE_WALLET_TEAM_ID ${credentials.teamId}`,
    );
  }
  for (const [name, cert] of [
    ['APPLE_WALLET_CERTIFICATE', signer],
    ['APPLE_WALLET_WWDR', wwdr],
  ] as const) {
    if (now < new Date(cert.validFrom)) {
      throw invalid(`${name} is not valid before ${new Date(cert.validFrom).toISOString()}`);
    }
    if (now > new Date(cert.validTo)) {
      throw new AppError(
        'wallet_certificate_expired',
        `${name} expired on ${new Date(cert.validTo).toISOString()}; the operator must renew it`,
      );
    }
  }
  if (key.asymmetricKeyType !== 'rsa') throw invalid('APPLE_WALLET_KEY must be an RSA key');
  return {
    signerCert: credentials.certificate,
    // Opened here, handed on in clear: the signing library reads fewer key formats than Node.
    signerKey: key.export({ format: 'pem', type: 'pkcs1' }).toString(),
    wwdr: credentials.wwdr,
  };
}

function certificate(pem: string, name: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch {
    throw invalid(`${name} is not a PEM certificate`);
  }
}

function privateKey(credentials: AppleCredentials): KeyObject {
  try {
    return createPrivateKey({
      key: credentials.key,
      format: 'pem',
      ...(credentials.keyPassphrase ? { passphrase: credentials.keyPassphrase } : {}),
    });
  } catch {
    throw invalid(
      'APPLE_WALLET_KEY cannot be read: not a PEM private key, or a wrong APPLE_WALLET_KEY_PASSPHRASE',
    );
  }
}

/** `UID=pass.x\nCN=…\nOU=TEAM` → `{ UID: 'pass.x', CN: '…', OU: 'TEAM' }`. */
function fields(distinguishedName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of distinguishedName.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

function invalid(detail: string): AppError {
  return new AppError('wallet_certificate_invalid', detail);
}
