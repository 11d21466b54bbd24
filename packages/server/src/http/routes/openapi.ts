import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';

/** The problem document every error response carries (RFC 9457). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: 'validation_failed' }),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z.string().optional().openapi({ example: 'too_big' }),
          // What a client needs to word the problem in its own language.
          origin: z.string().optional().openapi({ example: 'number' }),
          maximum: z.number().optional(),
          minimum: z.number().optional(),
          inclusive: z.boolean().optional(),
          format: z.string().optional().openapi({ example: 'email' }),
          values: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
        }),
      )
      .optional(),
    correlationId: z.string().optional(),
  })
  .openapi('Problem');

/** A documented error response carrying a problem document. */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const STANDARD_ERRORS = {
  400: problem('The request could not be read (`malformed_request`)'),
  401: problem('Not signed in, or unknown API key (`unauthenticated`)'),
  403: problem(
    'Signed in, but this role may not do this (`forbidden`; `missing_scope` for an API key ' +
      'without the scope); see docs/roles.md',
  ),
  404: problem('Not found for this merchant (`not_found`)'),
  409: problem('Conflicts with the current state (see `code`)'),
  422: problem('Invalid input, with field-level `errors` (`validation_failed`)'),
  429: problem('Too many requests (`rate_limited`); see Retry-After'),
  500: problem('Unexpected error; quote `correlationId` when reporting it'),
  503: problem(
    'Try again after Retry-After: the server is busy (`overloaded`, `database_busy`) or its ' +
      'database is unreachable (`database_unavailable`)',
  ),
} as const;

export const Uuid = z.uuid().openapi({ example: '0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' });
export const IdParams = z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) });

export const SECURITY: Record<string, string[]>[] = [{ session: [] }, { apiKey: [] }];

/**
 * A route whose success is one JSON response, documented with every standard error. Keeps
 * each route file down to what is specific to it.
 */
export function jsonRoute<const R extends Omit<RouteConfig, 'responses'>, S extends z.ZodType>(
  config: R & {
    status?: 200 | 201;
    responseSchema: S;
    responseDescription: string;
    public?: boolean;
  },
) {
  const { status = 200, responseSchema, responseDescription, public: isPublic, ...route } = config;
  return createRoute({
    ...route,
    ...(isPublic ? {} : { security: SECURITY }),
    responses: {
      [status]: {
        description: responseDescription,
        content: { 'application/json': { schema: responseSchema } },
      },
      ...STANDARD_ERRORS,
    },
  } as unknown as R & {
    responses: {
      [K in typeof status]: { description: string; content: { 'application/json': { schema: S } } };
    };
  });
}

export function jsonBody<S extends z.ZodType>(schema: S) {
  return { body: { required: true, content: { 'application/json': { schema } } } } as const;
}
