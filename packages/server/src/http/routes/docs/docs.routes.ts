import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../types.ts';
import { renderDocsPage } from './docs-page.ts';
import { openApiDocument } from './openapi-document.ts';

/** `/api/openapi.json` (the contract) and `/api/docs` (the same, readable, with no CDN). */
export function registerApiDocs(app: OpenAPIHono<AppEnv>) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  const get = () => {
    document ??= openApiDocument(app);
    return document;
  };
  app.get('/api/openapi.json', (c) => c.json(get()));
  app.get('/api/docs', (c) =>
    c.html(renderDocsPage(get() as Parameters<typeof renderDocsPage>[0])),
  );
}
