import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { countAttempt, refuseIfLimited } from '../../../use-cases/public/guessing-guard.ts';
import { getLatestApplePass } from '../../../use-cases/wallet/get-latest-apple-pass.ts';
import { listChangedPasses } from '../../../use-cases/wallet/list-changed-passes.ts';
import { registerPassDevice } from '../../../use-cases/wallet/register-pass-device.ts';
import { unregisterPassDevice } from '../../../use-cases/wallet/unregister-pass-device.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, STANDARD_ERRORS } from '../openapi.ts';
import { walletDeps } from './card-wallet.routes.ts';
import {
  ChangedPasses,
  ChangedQuery,
  DeviceParams,
  PassAuthorization,
  PassLog,
  PassParams,
  RegistrationBody,
  RegistrationParams,
} from './wallet.schemas.ts';

/**
 * Apple's PassKit web service (the pass's `webServiceURL` is `<public URL>/api/v1/wallet/apple`;
 * Wallet appends these paths). Public in the permission table: a pass authenticates with its
 * own token, a phone with its library id.
 */
const BASE = '/api/v1/wallet/apple/v1';
const tags = ['Wallet'];
const empty = (description: string) => ({ description });

const register = createRoute({
  method: 'post',
  path: `${BASE}/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}`,
  tags,
  summary: 'A phone registers for the updates of a pass',
  request: {
    params: RegistrationParams,
    headers: PassAuthorization,
    ...jsonBody(RegistrationBody),
  },
  responses: {
    201: empty('Registered'),
    200: empty('Already registered (push token renewed)'),
    ...STANDARD_ERRORS,
  },
});

const unregister = createRoute({
  method: 'delete',
  path: `${BASE}/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}`,
  tags,
  summary: 'A phone no longer holds the pass',
  request: { params: RegistrationParams, headers: PassAuthorization },
  responses: { 200: empty('Unregistered'), ...STANDARD_ERRORS },
});

const changed = createRoute({
  method: 'get',
  path: `${BASE}/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}`,
  tags,
  summary: "The serial numbers of a phone's passes that changed since the tag it was given",
  request: { params: DeviceParams, query: ChangedQuery },
  responses: {
    200: {
      description: 'Changed passes, and the tag to ask with next time',
      content: { 'application/json': { schema: ChangedPasses } },
    },
    204: empty('Nothing changed'),
    ...STANDARD_ERRORS,
  },
});

const latest = createRoute({
  method: 'get',
  path: `${BASE}/passes/{passTypeIdentifier}/{serialNumber}`,
  tags,
  summary: 'The latest version of a pass',
  request: { params: PassParams, headers: PassAuthorization },
  responses: {
    200: {
      description: 'The pass, with Last-Modified',
      content: {
        'application/vnd.apple.pkpass': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...STANDARD_ERRORS,
  },
});

const log = createRoute({
  method: 'post',
  path: `${BASE}/log`,
  tags,
  summary: 'Wallet reports problems it met with this web service (written to the server log)',
  request: jsonBody(PassLog),
  responses: { 200: empty('Logged'), ...STANDARD_ERRORS },
});

export function registerAppleWebServiceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(register, async (c) => {
    const p = c.req.valid('param');
    const { created } = await registerPassDevice(walletDeps(c), {
      deviceLibraryId: p.deviceLibraryIdentifier,
      passTypeId: p.passTypeIdentifier,
      serialNumber: p.serialNumber,
      authorization: c.req.header('authorization'),
      pushToken: c.req.valid('json').pushToken,
    });
    return c.body(null, created ? 201 : 200);
  });
  app.openapi(unregister, async (c) => {
    const p = c.req.valid('param');
    await unregisterPassDevice(walletDeps(c), {
      deviceLibraryId: p.deviceLibraryIdentifier,
      passTypeId: p.passTypeIdentifier,
      serialNumber: p.serialNumber,
      authorization: c.req.header('authorization'),
    });
    return c.body(null, 200);
  });
  app.openapi(changed, async (c) => {
    const p = c.req.valid('param');
    const result = await listChangedPasses(walletDeps(c), {
      deviceLibraryId: p.deviceLibraryIdentifier,
      passTypeId: p.passTypeIdentifier,
      since: c.req.valid('query').passesUpdatedSince,
    });
    c.header('cache-control', 'no-store');
    if (result.serialNumbers.length === 0) return c.body(null, 204);
    return c.json(result, 200);
  });
  app.openapi(latest, async (c) => {
    const p = c.req.valid('param');
    const { pass, lastModified } = await getLatestApplePass(walletDeps(c), {
      passTypeId: p.passTypeIdentifier,
      serialNumber: p.serialNumber,
      authorization: c.req.header('authorization'),
    });
    c.header('content-type', 'application/vnd.apple.pkpass');
    c.header('last-modified', lastModified.toUTCString());
    c.header('cache-control', 'no-store');
    return c.body(new Uint8Array(pass), 200) as never;
  });
  app.openapi(log, async (c) => {
    const { logger } = c.get('services');
    // Anyone may call this: each call counts like a miss, so nobody floods the log.
    const { guard } = walletDeps(c);
    await refuseIfLimited(guard);
    await countAttempt(guard);
    for (const line of c.req.valid('json').logs) logger.warn({ wallet: line }, 'Apple Wallet log');
    return c.body(null, 200);
  });
}
