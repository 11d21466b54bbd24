import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { cancelClubMembership } from '../../../use-cases/club/cancel-club-membership.ts';
import { getClub } from '../../../use-cases/club/get-club.ts';
import { getClubReport } from '../../../use-cases/club/get-club-report.ts';
import { getCustomerClub } from '../../../use-cases/club/get-customer-club.ts';
import { listClubMembers } from '../../../use-cases/club/list-club-members.ts';
import { saveClub } from '../../../use-cases/club/save-club.ts';
import { takeClubPayment } from '../../../use-cases/club/take-club-payment.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  ClubBody,
  ClubCancelResult,
  ClubMembersQuery,
  ClubMembersResult,
  ClubPaymentBody,
  ClubPaymentResult,
  ClubReportResult,
  ClubResult,
  CustomerClubResult,
} from './club.schemas.ts';

const tags = ['Club'];

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/club',
  tags,
  summary: "The shop's paid club (fee, period, member discount, perks), or null",
  responseSchema: ClubResult,
  responseDescription: 'The club',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/club',
  tags,
  summary: 'Set up or change the paid club',
  description: 'A new fee or period applies to the next payment; memberships keep the time paid.',
  request: jsonBody(ClubBody),
  responseSchema: ClubResult,
  responseDescription: 'Saved',
});

const members = jsonRoute({
  method: 'get',
  path: '/api/v1/club/members',
  tags,
  summary: 'Members and former members, soonest renewal first',
  request: { query: ClubMembersQuery },
  responseSchema: ClubMembersResult,
  responseDescription: 'The members',
});

const report = jsonRoute({
  method: 'get',
  path: '/api/v1/club/report',
  tags,
  summary:
    'Fee revenue, joins, renewals and lapses per month; members against comparable non-members',
  responseSchema: ClubReportResult,
  responseDescription: 'The report (null when the shop has no club)',
});

const customerClub = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/club',
  tags,
  summary: "A customer's membership and the fees they paid",
  request: { params: IdParams },
  responseSchema: CustomerClubResult,
  responseDescription: 'The membership',
});

const pay = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/club/payments',
  tags,
  status: 201,
  summary: "Take the club's fee: join, renew from the renewal date, or rejoin",
  description:
    'Records the club’s current fee, paid as noted (`cash`, `card`, `other`). Send an ' +
    '`Idempotency-Key`: a retry records nothing more. Refused with 409 `club_not_set_up` when ' +
    'the shop has no club taking fees.',
  request: { params: IdParams, ...jsonBody(ClubPaymentBody) },
  responseSchema: ClubPaymentResult,
  responseDescription: 'Recorded',
});

const cancel = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/club/cancel',
  tags,
  summary: 'Cancel a membership: a member until the renewal date, no grace, no reminder',
  description: 'Refused with 409 `club_membership_not_running` when nothing runs.',
  request: { params: IdParams },
  responseSchema: ClubCancelResult,
  responseDescription: 'Cancelled',
});

export function registerClubRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const result = await getClub(merchantScope(c));
    return c.json(result as z.infer<typeof ClubResult>, 200);
  });
  app.openapi(put, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 200,
      body: await saveClub(tx, scope, body),
    })) as never;
  });
  app.openapi(members, async (c) => {
    const result = await listClubMembers(merchantScope(c), c.req.valid('query'));
    return c.json(result as z.infer<typeof ClubMembersResult>, 200);
  });
  app.openapi(report, async (c) => {
    const result = await getClubReport(merchantScope(c));
    return c.json({ report: result } as z.infer<typeof ClubReportResult>, 200);
  });
  app.openapi(customerClub, async (c) => {
    const result = await getCustomerClub(merchantScope(c), c.req.valid('param').id);
    return c.json(result as z.infer<typeof CustomerClubResult>, 200);
  });
  app.openapi(pay, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: await takeClubPayment(tx, scope, id, body),
    })) as never;
  });
  app.openapi(cancel, async (c) => {
    const { id } = c.req.valid('param');
    const scope = merchantScope(c);
    return runWrite(c, scope, {}, async (tx) => ({
      status: 200,
      body: await cancelClubMembership(tx, scope, id),
    })) as never;
  });
}
