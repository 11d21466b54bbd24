import { generateOpenApiText } from '../../../scripts/write-openapi.ts';

/** The subset of JSON Schema (as zod-openapi emits it) that the robustness tests read. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
};

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: JsonSchema };
type RawOperation = {
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** One operation of the contract, in the shape the robustness tests need. */
export type Operation = {
  /** "PATCH /api/v1/customers/{id}": the key of the route catalog. */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  /** The JSON request body's schema, with `$ref`s resolved; undefined when there is none. */
  body: JsonSchema | undefined;
  secured: boolean;
};

/** The document the app serves, built without a database (the same text as docs/openapi.json). */
export async function loadOpenApiDocument(): Promise<OpenApiDocument> {
  return JSON.parse(await generateOpenApiText()) as OpenApiDocument;
}

/** Every operation of the document, in document order, so a new route is picked up at once. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const parameters = (op.parameters ?? []).map((p) => ({
        ...p,
        schema: resolve(doc, p.schema ?? {}),
      }));
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema })),
        body: bodySchema ? resolve(doc, bodySchema) : undefined,
        secured: (op.security ?? []).length > 0,
      };
    }),
  );
}

/** `schema` with every `$ref` replaced by its component (the contract has no cycles). */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return resolve(doc, target);
  }
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v)]),
    );
  }
  if (schema.items) out.items = resolve(doc, schema.items);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (schema[key]) out[key] = schema[key].map((s) => resolve(doc, s));
  }
  return out;
}

/** `/api/v1/customers/{id}` with `{ id: 'x' }` → `/api/v1/customers/x` (values used as given). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return value;
  });
}
