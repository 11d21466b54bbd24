import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { getApplePass } from '../../../use-cases/wallet/get-apple-pass.ts';
import { getWalletLinks } from '../../../use-cases/wallet/get-wallet-links.ts';
import type { WalletDeps } from '../../../use-cases/wallet/wallet-deps.ts';
import { passImage } from '../../../wallet/apple/pass-images.ts';
import { NO_WALLET } from '../../../wallet/load-wallet.ts';
import type { AppEnv } from '../../types.ts';
import { clientAddress } from '../client-address.ts';
import { jsonRoute, STANDARD_ERRORS } from '../openapi.ts';
import { CardParams } from '../public/public.schemas.ts';
import { LogoParams, WalletLinks } from './wallet.schemas.ts';

const links = jsonRoute({
  method: 'get',
  path: '/api/v1/public/cards/{token}/wallet',
  tags: ['Public', 'Wallet'],
  summary: 'The "add to wallet" links of a card: Apple and Google, each null when not set up',
  request: { params: CardParams },
  public: true,
  responseSchema: WalletLinks,
  responseDescription: 'The links (no button for a null one)',
});

const applePass = createRoute({
  method: 'get',
  path: '/api/v1/public/cards/{token}/wallet/pass.pkpass',
  tags: ['Public', 'Wallet'],
  summary: 'The Apple Wallet pass of a card (signed .pkpass)',
  description:
    '404 `wallet_not_configured` when the server has no Pass Type ID certificate; 503 `wallet_certificate_invalid` or `wallet_certificate_expired` when it has a wrong or expired one.',
  request: { params: CardParams },
  responses: {
    200: {
      description: 'The pass',
      content: {
        'application/vnd.apple.pkpass': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...STANDARD_ERRORS,
  },
});

const logo = createRoute({
  method: 'get',
  path: '/api/v1/public/wallet/logos/{color}',
  tags: ['Public', 'Wallet'],
  summary: 'A square logo in a shop colour, for the Google Wallet programme (PNG)',
  request: { params: LogoParams },
  responses: {
    200: {
      description: 'The logo',
      content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...STANDARD_ERRORS,
  },
});

/** The wallet use cases' dependencies for this request; misses count like card look-ups. */
export function walletDeps(c: Context<AppEnv>): WalletDeps {
  const { db, now, config, cardLimiter, wallet } = c.get('services');
  const at = now();
  return {
    db,
    now: at,
    guard: { db, limiter: cardLimiter, key: `card:${clientAddress(c)}`, nowMs: at.getTime() },
    wallet: wallet ?? NO_WALLET,
    publicUrl: config.publicUrl,
  };
}

export function registerCardWalletRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(links, async (c) => {
    const result = await getWalletLinks(walletDeps(c), c.req.valid('param').token);
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
  app.openapi(applePass, async (c) => {
    const pass = await getApplePass(walletDeps(c), c.req.valid('param').token);
    c.header('content-type', 'application/vnd.apple.pkpass');
    c.header('content-disposition', 'attachment; filename="carte.pkpass"');
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(pass), 200) as never;
  });
  app.openapi(logo, (c) => {
    c.header('content-type', 'image/png');
    c.header('cache-control', 'public, max-age=86400');
    return c.body(new Uint8Array(passImage(`#${c.req.valid('param').color}`, 660)), 200) as never;
  });
}
