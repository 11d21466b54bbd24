import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import { uuidv7 } from 'uuidv7';
import { AppError } from '../errors/app-error.ts';
import { handleError, validationError } from './errors.ts';
import { authenticate } from './middleware/authenticate.ts';
import { requireJson } from './middleware/require-json.ts';
import { sameOriginWrites } from './middleware/same-origin.ts';
import { shedLoad } from './middleware/shed-load.ts';
import { respondWithError } from './problem.ts';
import { registerUnsubscribeRoutes } from './routes/campaigns/unsubscribe.routes.ts';
import { registerApiDocs } from './routes/docs/docs.routes.ts';
import { withImportUploadLimit } from './routes/imports/upload-body-limit.ts';
import { API_ROUTES } from './routes/index.ts';
import type { AppEnv, Services } from './types.ts';
import { registerWebApp } from './web-app.ts';

/** Builds the HTTP application around already-wired services (see `server.ts`). */
export function createApp(services: Services, options: { webDist?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : uuidv7();
    c.set('requestId', requestId);
    c.set('services', services);
    c.header('x-request-id', requestId);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The nonce lets the card page carry its own script (http/web/inline-assets.ts).
        scriptSrc: ["'self'", NONCE],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  // First of the API's middlewares: a refused request costs nothing else.
  app.use('/api/*', shedLoad);
  app.use(
    '/api/*',
    withImportUploadLimit(
      bodyLimit({
        maxSize: 1024 * 1024,
        onError: () => {
          throw new AppError('payload_too_large', 'The request body is larger than 1 MiB');
        },
      }),
    ),
  );
  app.use('/api/*', requireJson);
  app.use('/api/*', authenticate);
  app.use('/api/*', sameOriginWrites);
  for (const register of API_ROUTES) register(app);
  registerApiDocs(app);
  registerUnsubscribeRoutes(app);
  if (options.webDist) registerWebApp(app, options.webDist);
  app.notFound((c) => respondWithError(c, new AppError('not_found', 'No such endpoint')));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
