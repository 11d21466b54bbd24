import { z } from '@hono/zod-openapi';

const pathParam = (name: string, description: string, max = 128) =>
  z
    .string()
    .min(1)
    .max(max)
    .openapi({ param: { name, in: 'path' }, description });

export const WalletLinks = z
  .object({
    apple: z
      .string()
      .nullable()
      .openapi({ description: 'Downloads the Apple Wallet pass; null when the server has none' }),
    google: z
      .string()
      .nullable()
      .openapi({ description: '"Add to Google Wallet" link; null when the server has none' }),
  })
  .openapi('WalletLinks');

export const LogoParams = z.object({
  color: z
    .string()
    .regex(/^[0-9a-f]{6}$/, 'six lowercase hexadecimal digits, e.g. 7a3e2b')
    .openapi({ param: { name: 'color', in: 'path' }, example: '7a3e2b' }),
});

const deviceLibraryIdentifier = pathParam(
  'deviceLibraryIdentifier',
  'The phone’s id for its pass library, chosen by Wallet',
);
const passTypeIdentifier = pathParam('passTypeIdentifier', 'The Pass Type ID of the pass');
const serialNumber = pathParam('serialNumber', 'The serial number of the pass', 200);

export const RegistrationParams = z.object({
  deviceLibraryIdentifier,
  passTypeIdentifier,
  serialNumber,
});

export const DeviceParams = z.object({ deviceLibraryIdentifier, passTypeIdentifier });

export const PassParams = z.object({ passTypeIdentifier, serialNumber });

export const PassAuthorization = z.object({
  authorization: z
    .string()
    .optional()
    .openapi({ description: 'ApplePass <authenticationToken of the pass>' }),
});

export const RegistrationBody = z.object({
  pushToken: z.string().min(1).max(256).openapi({ description: 'The APNs token of the phone' }),
});

export const ChangedQuery = z.object({
  // The tag lists a version per pass of the phone (update-tag.ts): room for dozens of cards.
  passesUpdatedSince: z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: 'The `lastUpdated` tag of the previous answer' }),
});

export const ChangedPasses = z
  .object({ serialNumbers: z.array(z.string()), lastUpdated: z.string() })
  .openapi('ChangedPasses');

export const PassLog = z.object({ logs: z.array(z.string().max(2000)).max(100) });
