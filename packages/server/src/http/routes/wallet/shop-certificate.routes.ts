import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getShopAppleCertificate } from '../../../use-cases/wallet/get-shop-apple-certificate.ts';
import { removeShopAppleCertificate } from '../../../use-cases/wallet/remove-shop-apple-certificate.ts';
import { saveShopAppleCertificate } from '../../../use-cases/wallet/save-shop-apple-certificate.ts';
import { NO_WALLET } from '../../../wallet/load-wallet.ts';
import { PASS_TYPE_ID_PATTERN, TEAM_ID_PATTERN } from '../../../wallet/wallet-config.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const PATH = '/api/v1/apple-wallet-certificate';

const ShopAppleCertificate = z
  .object({
    own: z
      .object({
        passTypeIdentifier: z.string().openapi({ example: 'pass.fr.cafe-lune.fidelite' }),
        teamIdentifier: z.string().openapi({ example: 'A1B2C3D4E5' }),
        subject: z.string().openapi({
          description: "The certificate's name, as Apple wrote it",
          example: 'Pass Type ID: pass.fr.cafe-lune.fidelite',
        }),
        expiresAt: z.string().openapi({ description: 'When Apple stops accepting it' }),
        uploadedAt: z.string(),
      })
      .nullable()
      .openapi({ description: "The shop's own certificate; null: passes use the server's" }),
    serverPassTypeIdentifier: z.string().nullable().openapi({
      description: "The server's Pass Type ID (the fallback); null: the server has none",
    }),
  })
  .openapi('ShopAppleCertificate');

const PEM_MAX = 20_000;

const Upload = z
  .object({
    passTypeIdentifier: z.string().trim().regex(PASS_TYPE_ID_PATTERN).openapi({
      example: 'pass.fr.cafe-lune.fidelite',
    }),
    teamIdentifier: z.string().trim().regex(TEAM_ID_PATTERN).openapi({ example: 'A1B2C3D4E5' }),
    p12: z.string().max(40_000).optional().openapi({
      description: 'The .p12 file Keychain exports, base64 (instead of certificate and key)',
    }),
    certificate: z.string().max(PEM_MAX).optional().openapi({ description: 'PEM certificate' }),
    key: z.string().max(PEM_MAX).optional().openapi({ description: 'PEM private key (RSA)' }),
    password: z.string().max(200).optional().openapi({
      description: "The .p12 file's password, or the PEM key's",
    }),
    wwdr: z.string().max(PEM_MAX).optional().openapi({
      description:
        "Apple's WWDR intermediate certificate (G4, PEM); optional when the server has one",
    }),
  })
  .openapi('ShopAppleCertificateUpload');

const get = jsonRoute({
  method: 'get',
  path: PATH,
  tags: ['Business', 'Wallet'],
  summary: "The shop's own Apple Wallet certificate (subject, expiry; never the key), owner only",
  responseSchema: ShopAppleCertificate,
  responseDescription: 'The certificate, or null and the fallback',
});

const put = jsonRoute({
  method: 'put',
  path: PATH,
  tags: ['Business', 'Wallet'],
  summary: "Upload the shop's own Pass Type ID certificate (owner only)",
  description:
    'Checked before it is stored: 422 `validation_failed` with a field code — `certificate_unreadable`, `certificate_or_p12`, `p12_password_wrong`, `key_unreadable`, `key_mismatch`, `key_not_rsa`, `certificate_expired`, `certificate_not_yet_valid`, `not_pass_type_certificate`, `pass_type_id_mismatch` (on `passTypeIdentifier`), `team_id_mismatch` (on `teamIdentifier`), `not_issued_by_wwdr`, `wwdr_required`. The shop’s new passes are then signed with it.',
  request: jsonBody(Upload),
  responseSchema: ShopAppleCertificate,
  responseDescription: 'The certificate stored',
});

const remove = jsonRoute({
  method: 'delete',
  path: PATH,
  tags: ['Business', 'Wallet'],
  summary: "Remove the shop's own certificate: passes are signed with the server's again",
  responseSchema: ShopAppleCertificate,
  responseDescription: 'What passes use now',
});

function serverWallet(c: Context<AppEnv>) {
  return c.get('services').wallet ?? NO_WALLET;
}

export function registerShopCertificateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) =>
    c.json(await getShopAppleCertificate(merchantScope(c), serverWallet(c)), 200),
  );
  app.openapi(put, async (c) =>
    c.json(
      await saveShopAppleCertificate(merchantScope(c), serverWallet(c), c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) =>
    c.json(await removeShopAppleCertificate(merchantScope(c), serverWallet(c)), 200),
  );
}
