import { AppError } from '../../errors/app-error.ts';
import {
  checkResolvedDestination,
  type DestinationPolicy,
  DestinationRefused,
  parseDestination,
} from '../../webhooks/destination.ts';

/**
 * Refuses, at registration, a URL deliveries would refuse: not http(s), or naming (or
 * resolving to) a private, loopback or link-local address. Deliveries check again every time.
 */
export async function assertWebhookUrlAllowed(url: string, policy: DestinationPolicy) {
  try {
    await checkResolvedDestination(parseDestination(url, policy), policy);
  } catch (error) {
    if (!(error instanceof DestinationRefused)) throw error;
    throw new AppError(
      'webhook_url_not_allowed',
      `This URL cannot receive webhooks: ${error.message}`,
      {
        fields: [{ field: 'url', message: error.message, code: 'webhook_url_not_allowed' }],
      },
    );
  }
}
