import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../types.ts';
import { registerNoteRoutes } from './notes.routes.ts';
import { registerPurchaseHistoryRoutes } from './purchase-history.routes.ts';
import { registerTagRoutes } from './tags.routes.ts';

/** What the customer page shows beyond the card: purchase history, notes and tags. */
export function registerCustomerPortraitRoutes(app: OpenAPIHono<AppEnv>) {
  registerPurchaseHistoryRoutes(app);
  registerNoteRoutes(app);
  registerTagRoutes(app);
}
