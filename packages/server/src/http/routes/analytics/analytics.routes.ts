import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../types.ts';
import { registerCustomerValueRoutes } from './customer-values.routes.ts';
import { registerOverviewRoutes } from './overview.routes.ts';
import { registerProgramReturnsRoutes } from './program-returns.routes.ts';

/** Customer value and the owner's dashboard figures. */
export function registerAnalyticsRoutes(app: OpenAPIHono<AppEnv>) {
  registerOverviewRoutes(app);
  registerCustomerValueRoutes(app);
  registerProgramReturnsRoutes(app);
}
