import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { digest } from '../../../auth/tokens.ts';
import { pageLocale, unsubscribePage } from '../../../campaigns/unsubscribe-page.ts';
import { withMerchant } from '../../../db/tenant.ts';
import { findMerchantById } from '../../../repositories/merchants.ts';
import { findUnsubscribeLink } from '../../../repositories/unsubscribe-links.ts';
import { followCardLink } from '../../../use-cases/campaigns/follow-card-link.ts';
import { unsubscribeByLink } from '../../../use-cases/campaigns/unsubscribe-by-link.ts';
import type { AppEnv } from '../../types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The unsubscribe link of every marketing mail (campaigns' and automations'), `/u/<merchant>/<token>`, outside the JSON API:
 * GET shows a page with a button (it changes nothing), POST unsubscribes — from that button or
 * from a mailbox provider's one-click request (`List-Unsubscribe=One-Click`, RFC 8058).
 */
export function registerUnsubscribeRoutes(app: OpenAPIHono<AppEnv>) {
  const parse = (c: Context<AppEnv>) => {
    const merchantId = c.req.param('merchantId') ?? '';
    const token = c.req.param('token') ?? '';
    return UUID.test(merchantId) && TOKEN.test(token) ? { merchantId, token } : null;
  };
  const page = (c: Context<AppEnv>, state: 'confirm' | 'done' | 'unknown', shop = '') => {
    c.header('cache-control', 'no-store');
    return c.html(
      unsubscribePage(pageLocale(c.req.header('accept-language')), state, shop),
      state === 'unknown' ? 404 : 200,
    );
  };
  app.get('/u/:merchantId/:token', async (c) => {
    const link = parse(c);
    if (!link) return page(c, 'unknown');
    const { db } = c.get('services');
    const found = await withMerchant(db, link.merchantId, async (tx) => {
      const message = await findUnsubscribeLink(tx, link.merchantId, digest(link.token), {
        lock: false,
      });
      const merchant = message ? await findMerchantById(tx, link.merchantId) : undefined;
      return message && merchant
        ? { shop: merchant.name, done: message.unsubscribedAt !== null }
        : null;
    });
    if (!found) return page(c, 'unknown');
    return page(c, found.done ? 'done' : 'confirm', found.shop);
  });
  // The card link of the same mails: counts the click, then on to the customer's card.
  app.get('/l/:merchantId/:token', async (c) => {
    const link = parse(c);
    if (!link) return page(c, 'unknown');
    const { db, now, config } = c.get('services');
    const card = await followCardLink(db, { ...link, now: now() });
    if (!card) return page(c, 'unknown');
    c.header('cache-control', 'no-store');
    return c.redirect(`${config.publicUrl}/c/${card.cardToken}`, 302);
  });
  app.post('/u/:merchantId/:token', async (c) => {
    const link = parse(c);
    if (!link) return page(c, 'unknown');
    const { db, now } = c.get('services');
    const done = await unsubscribeByLink(db, { ...link, now: now() });
    return page(c, done ? 'done' : 'unknown');
  });
}
