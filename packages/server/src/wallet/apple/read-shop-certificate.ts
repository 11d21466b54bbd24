import { createPrivateKey, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { AppError, type FieldError } from '../../errors/app-error.ts';
import type { AppleCredentials } from '../load-wallet.ts';
import {
  type CertificateProblem,
  certificateFields,
  inspectSigningCertificates,
} from './signing-certificates.ts';

/**
 * What the owner uploads: the Pass Type ID and Team ID of their Apple developer account, and
 * the certificate with its key — either the `.p12` file Keychain exports (base64) with its
 * password, or the certificate and the key as PEM (the key's password if it has one). The WWDR
 * intermediate certificate is optional when the operator configured one.
 */
export type ShopCertificateUpload = {
  passTypeIdentifier: string;
  teamIdentifier: string;
  p12?: string | undefined;
  certificate?: string | undefined;
  key?: string | undefined;
  password?: string | undefined;
  wwdr?: string | undefined;
};

/** A checked certificate, ready to store: the key opened, what the settings page shows. */
export type ShopCertificate = AppleCredentials & { subject: string; expiresAt: Date };

/**
 * Reads and checks an upload before anything is stored, so the owner learns at once — next to
 * the field at fault, in their language — that the file is not a certificate, the key is not its
 * key, it expired, it is not a Pass Type ID certificate, or it is for another Pass Type ID or
 * team. Throws `validation_failed` with field codes (problem-texts.ts words them).
 */
export function readShopCertificate(
  upload: ShopCertificateUpload,
  serverWwdr: string | null,
  now: Date,
): ShopCertificate {
  const pair = upload.p12 ? fromP12(upload.p12, upload.password) : fromPem(upload);
  const wwdr = upload.wwdr?.trim() || pair.wwdr || serverWwdr;
  if (!wwdr) throw fieldError('wwdr', 'wwdr_required', 'Attach the Apple WWDR certificate (G4)');
  const signer = new X509Certificate(pair.certificate);
  const subject = certificateFields(signer.subject);
  if (!subject.UID?.startsWith('pass.')) {
    throw fieldError(
      pair.field,
      'not_pass_type_certificate',
      'This is not an Apple Pass Type ID certificate (its subject names no pass.… identifier)',
    );
  }
  const credentials: AppleCredentials = {
    passTypeId: upload.passTypeIdentifier,
    teamId: upload.teamIdentifier,
    certificate: pair.certificate,
    key: pair.key,
    keyPassphrase: null,
    wwdr,
  };
  const checked = inspectSigningCertificates(credentials, now);
  if ('problem' in checked) throw problemError(checked.problem, pair.field);
  return {
    ...credentials,
    subject: subject.CN ?? subject.UID,
    expiresAt: new Date(signer.validTo),
  };
}

type Pair = { certificate: string; key: string; wwdr: string | null; field: string };

function fromPem(upload: ShopCertificateUpload): Pair {
  if (!upload.certificate?.trim() || !upload.key?.trim()) {
    throw fieldError(
      upload.certificate?.trim() ? 'key' : 'certificate',
      'certificate_or_p12',
      'Give the .p12 file, or the certificate and its private key (PEM)',
    );
  }
  try {
    new X509Certificate(upload.certificate);
  } catch {
    throw fieldError('certificate', 'certificate_unreadable', 'Not a PEM certificate');
  }
  let key: string;
  try {
    key = createPrivateKey({
      key: upload.key,
      format: 'pem',
      ...(upload.password ? { passphrase: upload.password } : {}),
    })
      .export({ format: 'pem', type: 'pkcs8' })
      .toString();
  } catch {
    throw fieldError('key', 'key_unreadable', 'Not a PEM private key, or a wrong password for it');
  }
  return { certificate: upload.certificate, key, wwdr: null, field: 'certificate' };
}

/** The key and the certificate that goes with it; another certificate in the file may be the WWDR. */
function fromP12(base64: string, password: string | undefined): Pair {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.util.decode64(base64.replace(/\s+/g, ''));
    const asn1 = forge.asn1.fromDer(der);
    try {
      p12 = forge.pkcs12.pkcs12FromAsn1(asn1, password ?? '');
    } catch (error) {
      if (/password|MAC/i.test(String(error))) {
        throw fieldError('password', 'p12_password_wrong', 'Wrong password for this .p12 file');
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fieldError('p12', 'certificate_unreadable', 'Not a .p12 file');
  }
  const bags = (type: string | undefined): forge.pkcs12.Bag[] =>
    type ? (p12.getBags({ bagType: type })[type] ?? []) : [];
  const { pkcs8ShroudedKeyBag, keyBag: plainKeyBag, certBag } = forge.pki.oids;
  const keyBag = bags(pkcs8ShroudedKeyBag)[0] ?? bags(plainKeyBag)[0];
  const certificates = bags(certBag).flatMap((bag) =>
    bag.cert ? [forge.pki.certificateToPem(bag.cert)] : [],
  );
  if (!keyBag?.key || certificates.length === 0) {
    throw fieldError('p12', 'certificate_unreadable', 'The .p12 file holds no certificate and key');
  }
  const key = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key))
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
  const keyObject = createPrivateKey(key);
  const certificate =
    certificates.find((pem) => new X509Certificate(pem).checkPrivateKey(keyObject)) ?? null;
  if (!certificate) {
    throw fieldError('p12', 'key_mismatch', 'The key in the .p12 file is not its certificate’s');
  }
  const signer = new X509Certificate(certificate);
  const wwdr =
    certificates.find(
      (pem) => pem !== certificate && signer.checkIssued(new X509Certificate(pem)),
    ) ?? null;
  return { certificate, key, wwdr, field: 'p12' };
}

function problemError(p: CertificateProblem, certificateField: string): AppError {
  switch (p.reason) {
    case 'certificate_unreadable':
      return fieldError(certificateField, 'certificate_unreadable', 'Not a certificate');
    case 'wwdr_unreadable':
      return fieldError('wwdr', 'certificate_unreadable', 'Not a PEM certificate');
    case 'key_unreadable':
      return fieldError('key', 'key_unreadable', 'The private key cannot be read');
    case 'key_not_rsa':
      return fieldError('key', 'key_not_rsa', 'The private key must be an RSA key');
    case 'key_mismatch':
      return fieldError('key', 'key_mismatch', 'This key is not the certificate’s private key');
    case 'not_issued_by_wwdr':
      return fieldError(
        'wwdr',
        'not_issued_by_wwdr',
        'The certificate was not issued by this WWDR certificate',
      );
    case 'pass_type_id_mismatch':
      return fieldError(
        'passTypeIdentifier',
        'pass_type_id_mismatch',
        `The certificate is for ${p.found}`,
        [p.found],
      );
    case 'team_id_mismatch':
      return fieldError(
        'teamIdentifier',
        'team_id_mismatch',
        `The certificate belongs to team ${p.found}`,
        [p.found],
      );
    case 'not_yet_valid':
      return fieldError(
        p.of === 'wwdr' ? 'wwdr' : certificateField,
        'certificate_not_yet_valid',
        `Not valid before ${p.at.toISOString()}`,
      );
    case 'expired':
      return fieldError(
        p.of === 'wwdr' ? 'wwdr' : certificateField,
        'certificate_expired',
        `Expired on ${p.at.toISOString()}`,
      );
  }
}

function fieldError(field: string, code: string, message: string, values?: string[]): AppError {
  const error: FieldError = { field, code, message, ...(values ? { values } : {}) };
  return new AppError('validation_failed', message, { fields: [error] });
}
