import { BlockList, isIP } from 'node:net';
import { DomainError } from '../../../platform/errors.ts';

export type DeliverableUrlOptions = {
  /** True for tests and self-hosted installs whose receivers live on the same network. */
  allowPrivateNetworks: boolean;
};

export type DeliverableUrlCheck = { isAllowed: true; url: URL } | { isAllowed: false; reason: string };

// Addresses a hosted sender must never be talked into calling: its own machine, the private network
// behind it and cloud metadata services (169.254.169.254, fd00:ec2::254).
const privateNetworks = new BlockList();
// 0.0.0.0/8 is not in the usual lists, but on Linux connecting to 0.0.0.0 reaches the local host.
privateNetworks.addSubnet('0.0.0.0', 8, 'ipv4');
privateNetworks.addSubnet('10.0.0.0', 8, 'ipv4');
privateNetworks.addSubnet('127.0.0.0', 8, 'ipv4');
privateNetworks.addSubnet('169.254.0.0', 16, 'ipv4');
privateNetworks.addSubnet('172.16.0.0', 12, 'ipv4');
privateNetworks.addSubnet('192.168.0.0', 16, 'ipv4');
privateNetworks.addAddress('::', 'ipv6');
privateNetworks.addAddress('::1', 'ipv6');
privateNetworks.addSubnet('fc00::', 7, 'ipv6');
privateNetworks.addSubnet('fe80::', 10, 'ipv6');
// BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 rules above.

/**
 * Whether a webhook may be sent to `rawUrl`. Only the URL itself is judged: a public name that
 * resolves to a private address (DNS rebinding included) passes. Closing that needs resolving the
 * name and pinning the connection to the checked address, which is out of scope for this leaf; until
 * then hosted installs should also egress through a network that cannot reach private ranges.
 */
export function checkDeliverableUrl(rawUrl: string, options: DeliverableUrlOptions): DeliverableUrlCheck {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { isAllowed: false, reason: 'The webhook URL is not a valid absolute URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { isAllowed: false, reason: `Webhook URLs use http or https, not ${url.protocol.slice(0, -1)}.` };
  }
  if (url.username || url.password) {
    // Credentials in the URL would be stored and shown in plain text; signatures authenticate us.
    return { isAllowed: false, reason: 'Webhook URLs cannot contain a user name or password.' };
  }
  if (options.allowPrivateNetworks) return { isAllowed: true, url };

  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return { isAllowed: false, reason: 'Webhook URLs cannot point at localhost.' };
  }
  const ipVersion = isIP(host);
  if (ipVersion !== 0 && privateNetworks.check(host, ipVersion === 4 ? 'ipv4' : 'ipv6')) {
    return {
      isAllowed: false,
      reason: `Webhook URLs cannot point at a loopback, private or link-local address (${host}).`,
    };
  }
  return { isAllowed: true, url };
}

/** For verbs that save an endpoint: throws a validation DomainError naming `field`. */
export function assertDeliverableUrl(
  rawUrl: string,
  { allowPrivateNetworks, field = 'body.url' }: DeliverableUrlOptions & { field?: string },
): URL {
  const check = checkDeliverableUrl(rawUrl, { allowPrivateNetworks });
  if (!check.isAllowed) {
    throw new DomainError('validation', 'webhook_url_not_allowed', check.reason, [
      { field, message: check.reason },
    ]);
  }
  return check.url;
}
