import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../types.ts';
import { registerInteractionRoutes } from './interactions.routes.ts';
import { registerNoteRoutes } from './notes.routes.ts';
import { registerPurchaseHistoryRoutes } from './purchase-history.routes.ts';
import { registerTagRoutes } from './tags.routes.ts';

/** What the customer page shows beyond the card: purchase history, notes, tags, interactions. */
export function registerCustomerPortraitRoutes(app: OpenAPIHono<AppEnv>) {
  registerPurchaseHistoryRoutes(app);
  registerNoteRoutes(app);
  registerTagRoutes(app);
  registerInteractionRoutes(app);
}
