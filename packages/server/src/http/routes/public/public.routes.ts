import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { describeSignupLink } from '../../../use-cases/public/describe-signup-link.ts';
import { getPublicCard } from '../../../use-cases/public/get-public-card.ts';
import type { Guard } from '../../../use-cases/public/guessing-guard.ts';
import { countAttempt } from '../../../use-cases/public/guessing-guard.ts';
import { joinProgram } from '../../../use-cases/public/join-program.ts';
import { resolveSignupLink } from '../../../use-cases/public/resolve-signup-link.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { clientAddress } from '../client-address.ts';
import { jsonBody, jsonRoute, STANDARD_ERRORS } from '../openapi.ts';
import {
  AlreadyJoined,
  CardManifest,
  CardParams,
  JoinBody,
  Joined,
  JoinParams,
  PublicCard,
  SignupPage,
} from './public.schemas.ts';

/** A sign-up costs as much as this many look-ups against the address's allowance. */
const SIGNUP_WEIGHT = 6;

const card = jsonRoute({
  method: 'get',
  path: '/api/v1/public/cards/{token}',
  tags: ['Public'],
  summary: "The customer's card page: business, first name, progress, vouchers (no login)",
  description:
    "Unknown tokens count against the caller's address; past the limit every look-up from that address is 429 `rate_limited` with Retry-After.",
  request: { params: CardParams },
  public: true,
  responseSchema: PublicCard,
  responseDescription: 'The card',
});

const manifest = jsonRoute({
  method: 'get',
  path: '/api/v1/public/cards/{token}/manifest',
  tags: ['Public'],
  summary: 'Web app manifest of one card, so the customer can install it on their phone',
  request: { params: CardParams },
  public: true,
  responseSchema: CardManifest,
  responseDescription: 'The manifest (start page: the card)',
});

const signupPage = jsonRoute({
  method: 'get',
  path: '/api/v1/public/join/{slug}/{token}',
  tags: ['Public'],
  summary: 'The public sign-up page: business, programs in summary, consent wording',
  request: { params: JoinParams },
  public: true,
  responseSchema: SignupPage,
  responseDescription: 'What the sign-up page shows',
});

const join = createRoute({
  method: 'post',
  path: '/api/v1/public/join/{slug}/{token}',
  tags: ['Public'],
  summary: 'A customer joins the program from the poster; returns their new card link',
  description:
    'Accepts an Idempotency-Key, kept per caller address (one caller never replays another’s answer). Rate-limited per client address. An email or phone that already has a card gets 200 `existing` and no card: the card’s link is mailed to the email on that card.',
  request: { params: JoinParams, ...jsonBody(JoinBody) },
  responses: {
    201: {
      description: 'Joined: open cardUrl',
      content: { 'application/json': { schema: Joined } },
    },
    200: {
      description: 'Already has a card: its link was sent to its owner',
      content: { 'application/json': { schema: AlreadyJoined } },
    },
    ...STANDARD_ERRORS,
  },
});

function guard(c: Context<AppEnv>, kind: 'card' | 'join'): Guard {
  const { db, cardLimiter, now } = c.get('services');
  return { db, limiter: cardLimiter, key: `${kind}:${clientAddress(c)}`, nowMs: now().getTime() };
}

export function registerPublicRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(card, async (c) => {
    const { db, now, config } = c.get('services');
    const view = await getPublicCard(
      { db, now: now(), guard: guard(c, 'card') },
      c.req.valid('param').token,
    );
    c.header('cache-control', 'no-store');
    return c.json({ ...view, cardUrl: `${config.publicUrl}/c/${view.cardToken}` }, 200);
  });
  app.openapi(manifest, async (c) => {
    const { db, now } = c.get('services');
    const view = await getPublicCard(
      { db, now: now(), guard: guard(c, 'card') },
      c.req.valid('param').token,
    );
    const colours = view.business.brandColor ?? '#7a3e2b';
    const start = `/c/${view.cardToken}`;
    c.header('cache-control', 'no-store');
    return c.json(
      {
        name: view.business.name,
        short_name: view.business.name.slice(0, 24),
        start_url: start,
        scope: start,
        display: 'standalone' as const,
        background_color: '#fdf9f4',
        theme_color: colours,
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      200,
    );
  });
  app.openapi(signupPage, async (c) => {
    const { db } = c.get('services');
    const merchant = await resolveSignupLink({ db, guard: guard(c, 'join') }, c.req.valid('param'));
    return c.json(await describeSignupLink(db, merchant), 200);
  });
  app.openapi(join, async (c) => {
    const { db, now, config, mailer } = c.get('services');
    const limit = guard(c, 'join');
    const merchant = await resolveSignupLink({ db, guard: limit }, c.req.valid('param'));
    await countAttempt(limit, SIGNUP_WEIGHT);
    const body = c.req.valid('json');
    const scope = {
      db,
      merchantId: merchant.id,
      actor: { type: 'public' as const, id: null },
      now: now(),
    };
    const deps = { mailer, publicUrl: config.publicUrl, merchant };
    const response = await runWrite(
      c,
      scope,
      body,
      async (tx) => {
        const joined = await joinProgram(tx, scope, deps, body);
        if (joined.status === 'existing') return { status: 200, body: { status: 'existing' } };
        const cardUrl = `${config.publicUrl}/c/${joined.cardToken}`;
        return { status: 201, body: { cardToken: joined.cardToken, cardUrl } };
      },
      // Anonymous callers share one actor: their keys are kept per address instead.
      { principal: `public:${createHash('sha256').update(clientAddress(c)).digest('base64url')}` },
    );
    mailer.nudge();
    return response as never;
  });
}
