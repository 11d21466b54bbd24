import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { isPublicAddress } from './address-ranges.ts';

/** Why a URL may not receive webhooks; the message is shown to API users. */
export class DestinationRefused extends Error {
  override name = 'DestinationRefused';
}

/** Whether private, loopback and link-local addresses may be reached (`WEBHOOKS_ALLOW_PRIVATE`). */
export type DestinationPolicy = { allowPrivate: boolean };

/** The URL's scheme and host, checked without the network: http(s), and an IP literal must be public. */
export function parseDestination(url: string, policy: DestinationPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DestinationRefused('not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DestinationRefused('only http and https URLs can receive webhooks');
  }
  if (parsed.username || parsed.password) {
    throw new DestinationRefused('put no user name or password in the URL');
  }
  const host = hostOf(parsed);
  if (isIP(host) && !policy.allowPrivate && !isPublicAddress(host)) {
    throw new DestinationRefused(`${host} is a private, loopback or link-local address`);
  }
  return parsed;
}

/** The host without the brackets of an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

function refusedAmong(addresses: readonly LookupAddress[], policy: DestinationPolicy) {
  if (policy.allowPrivate) return undefined;
  return addresses.find((a) => !isPublicAddress(a.address));
}

/** Resolves a name and refuses it when any of its addresses is not public. */
export async function checkResolvedDestination(url: URL, policy: DestinationPolicy): Promise<void> {
  const host = hostOf(url);
  if (isIP(host) || policy.allowPrivate) return;
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, found) =>
      error ? reject(new DestinationRefused(`${host} could not be resolved`)) : resolve(found),
    ),
  );
  const refused = refusedAmong(addresses, policy);
  if (refused) {
    throw new DestinationRefused(`${host} resolves to ${refused.address}, a private address`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request` that checks the addresses it returns: the socket connects to
 * exactly the addresses that were checked, so a name cannot resolve to a public address for
 * the check and to a private one for the connection (DNS rebinding).
 */
export function checkedLookup(policy: DestinationPolicy) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = refusedAmong(addresses, policy);
      if (refused || addresses.length === 0) {
        const reason = refused
          ? `${hostname} resolves to ${refused.address}, a private address`
          : `${hostname} could not be resolved`;
        return callback(new DestinationRefused(reason), []);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}
