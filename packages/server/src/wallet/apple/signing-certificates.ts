import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { AppError } from '../../errors/app-error.ts';
import type { AppleCredentials } from '../load-wallet.ts';

/** What signs a pass, once checked. */
export type SigningCertificates = {
  signerCert: string;
  signerKey: string;
  wwdr: string;
};

/** Why a Pass Type ID certificate cannot sign passes: one reason, the first found. */
export type CertificateProblem =
  | { reason: 'certificate_unreadable' | 'wwdr_unreadable' | 'key_unreadable' | 'key_not_rsa' }
  | { reason: 'key_mismatch' | 'not_issued_by_wwdr' }
  | { reason: 'pass_type_id_mismatch'; found: string }
  | { reason: 'team_id_mismatch'; found: string }
  | { reason: 'not_yet_valid' | 'expired'; of: 'certificate' | 'wwdr'; at: Date };

/**
 * The checks a certificate passes before it signs, so that a wrong one gives a clear error
 * instead of a pass the iPhone silently refuses: the certificate must be readable, its key must
 * open with the passphrase and belong to it, it must be issued by the WWDR certificate given,
 * name the Pass Type ID and Team ID it is used for, and be valid now. The operator's
 * certificate (`checkSigningCertificates`) and a shop's own upload share them.
 */
export function inspectSigningCertificates(
  credentials: AppleCredentials,
  now: Date,
): { ok: SigningCertificates } | { problem: CertificateProblem } {
  const signer = certificate(credentials.certificate);
  if (!signer) return { problem: { reason: 'certificate_unreadable' } };
  const wwdr = certificate(credentials.wwdr);
  if (!wwdr) return { problem: { reason: 'wwdr_unreadable' } };
  const key = privateKey(credentials);
  if (!key) return { problem: { reason: 'key_unreadable' } };
  if (!signer.checkPrivateKey(key)) return { problem: { reason: 'key_mismatch' } };
  if (!signer.checkIssued(wwdr) || !signer.verify(wwdr.publicKey)) {
    return { problem: { reason: 'not_issued_by_wwdr' } };
  }
  const subject = certificateFields(signer.subject);
  if (subject.UID !== undefined && subject.UID !== credentials.passTypeId) {
    return { problem: { reason: 'pass_type_id_mismatch', found: subject.UID } };
  }
  if (subject.OU !== undefined && subject.OU !== credentials.teamId) {
    return { problem: { reason: 'team_id_mismatch', found: subject.OU } };
  }
  for (const [of, cert] of [
    ['certificate', signer],
    ['wwdr', wwdr],
  ] as const) {
    if (now < new Date(cert.validFrom)) {
      return { problem: { reason: 'not_yet_valid', of, at: new Date(cert.validFrom) } };
    }
    if (now > new Date(cert.validTo)) {
      return { problem: { reason: 'expired', of, at: new Date(cert.validTo) } };
    }
  }
  if (key.asymmetricKeyType !== 'rsa') return { problem: { reason: 'key_not_rsa' } };
  return {
    ok: {
      signerCert: credentials.certificate,
      // Opened here, handed on in clear: the signing library reads fewer key formats than Node.
      signerKey: key.export({ format: 'pem', type: 'pkcs1' }).toString(),
      wwdr: credentials.wwdr,
    },
  };
}

/**
 * The operator's certificate (or a shop's, `whose: 'shop'`), checked before signing: a wrong
 * one is `wallet_certificate_invalid`, an expired one `wallet_certificate_expired`, with what
 * to fix in the detail.
 */
export function checkSigningCertificates(
  credentials: AppleCredentials,
  now: Date,
  whose: 'server' | 'shop' = 'server',
): SigningCertificates {
  const checked = inspectSigningCertificates(credentials, now);
  if ('ok' in checked) return checked.ok;
  const n = whose === 'server' ? SERVER_NAMES : SHOP_NAMES;
  const p = checked.problem;
  switch (p.reason) {
    case 'certificate_unreadable':
      throw invalid(`${n.certificate} is not a PEM certificate`);
    case 'wwdr_unreadable':
      throw invalid(`${n.wwdr} is not a PEM certificate`);
    case 'key_unreadable':
      throw invalid(`${n.key} cannot be read: not a PEM private key, or a wrong ${n.passphrase}`);
    case 'key_not_rsa':
      throw invalid(`${n.key} must be an RSA key`);
    case 'key_mismatch':
      throw invalid(`${n.key} is not the private key of ${n.certificate}`);
    case 'not_issued_by_wwdr':
      throw invalid(`${n.certificate} was not issued by the ${n.wwdr} certificate`);
    case 'pass_type_id_mismatch':
      throw invalid(
        `${n.certificate} is for ${p.found}, not ${n.passTypeId} ${credentials.passTypeId}`,
      );
    case 'team_id_mismatch':
      throw invalid(
        `${n.certificate} belongs to team ${p.found}, not ${n.teamId} ${credentials.teamId}`,
      );
    case 'not_yet_valid':
      throw invalid(`${n[p.of]} is not valid before ${p.at.toISOString()}`);
    case 'expired':
      throw new AppError(
        'wallet_certificate_expired',
        `${n[p.of]} expired on ${p.at.toISOString()}; ${n.renewer} must renew it`,
      );
  }
}

const SERVER_NAMES = {
  certificate: 'APPLE_WALLET_CERTIFICATE',
  wwdr: 'APPLE_WALLET_WWDR',
  key: 'APPLE_WALLET_KEY',
  passphrase: 'APPLE_WALLET_KEY_PASSPHRASE',
  passTypeId: 'APPLE_WALLET_PASS_TYPE_ID',
  teamId: 'APPLE_WALLET_TEAM_ID',
  renewer: 'the operator',
};

const SHOP_NAMES = {
  certificate: "The shop's Pass Type ID certificate",
  wwdr: 'its WWDR certificate',
  key: "The shop's private key",
  passphrase: 'password',
  passTypeId: 'the Pass Type ID',
  teamId: 'the Team ID',
  renewer: "the shop's owner",
};

function certificate(pem: string): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

function privateKey(credentials: AppleCredentials): KeyObject | null {
  try {
    return createPrivateKey({
      key: credentials.key,
      format: 'pem',
      ...(credentials.keyPassphrase ? { passphrase: credentials.keyPassphrase } : {}),
    });
  } catch {
    return null;
  }
}

/** `UID=pass.x\nCN=…\nOU=TEAM` → `{ UID: 'pass.x', CN: '…', OU: 'TEAM' }`. */
export function certificateFields(distinguishedName: string): Record<string, string> {
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
