import { z } from '@hono/zod-openapi';
import { PERMISSIONS } from '../../../auth/permissions.ts';

export const Email = z.email().max(254).openapi({ example: 'marie@boulangerie-des-lilas.fr' });

export const SignUpBody = z
  .object({
    email: Email,
    password: z.string().min(1).max(200).openapi({ example: 'croissant-au-beurre-1987' }),
    businessName: z.string().trim().min(1).max(120).openapi({ example: 'Boulangerie des Lilas' }),
    businessKind: z
      .enum(['cafe', 'bakery', 'salon', 'car_wash', 'shop', 'artisan', 'b2b', 'other'])
      .optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes')
      .max(48)
      .optional(),
    displayName: z.string().trim().max(120).optional(),
    locale: z.enum(['fr', 'en']).optional(),
    timeZone: z.string().max(64).optional(),
  })
  .openapi('SignUp');

export const LogInBody = z
  .object({ email: Email, password: z.string().min(1).max(200), merchantId: z.uuid().optional() })
  .openapi('LogIn');

export const Me = z
  .object({
    user: z
      .object({ id: z.string(), email: z.string(), displayName: z.string().nullable() })
      .nullable(),
    apiKeyId: z.string().nullable(),
    role: z.enum(['owner', 'manager', 'staff', 'integration']),
    merchant: z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string(),
      timeZone: z.string(),
      currency: z.string(),
      locale: z.enum(['fr', 'en']),
      businessKind: z.string().nullable(),
      brandColor: z.string().nullable(),
      signupUrl: z.string(),
    }),
    memberships: z.array(z.object({ merchantId: z.string(), role: z.string() })),
    permissions: z.array(z.enum(PERMISSIONS)).openapi({
      description:
        'What the caller may do, from the permission table (a permission held within a limit is listed); the app shows only what these allow',
    }),
  })
  .openapi('Me');

export const CheckYourEmail = z
  .object({ status: z.literal('check_your_email') })
  .openapi('CheckYourEmail');

export const Token = z.string().min(20).max(200).openapi({ example: 'q3Vb…' });

export const SignUpCompleteBody = z.object({ token: Token }).openapi('SignUpComplete');

export const SessionState = z
  .union([
    z.object({ authenticated: z.literal(false) }),
    Me.extend({ authenticated: z.literal(true) }),
  ])
  .openapi('SessionState');

export const PasswordResetBody = z
  .object({ email: Email, locale: z.enum(['fr', 'en']).optional() })
  .openapi('PasswordResetRequest');

export const PasswordResetConfirmBody = z
  .object({ token: Token, password: z.string().min(1).max(200) })
  .openapi('PasswordResetConfirm');

export const PasswordChangeBody = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(1).max(200),
  })
  .openapi('PasswordChange');

export const SessionItem = z
  .object({
    id: z.uuid(),
    merchantId: z.string(),
    merchantName: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi('Session');
