import { checkDeliverableUrl } from '../webhooks/delivery/index.ts';

export const CHAT_KINDS = ['slack', 'teams'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export type ChatUrlCheck = { isAllowed: true; url: URL } | { isAllowed: false; reason: string };

const KIND_NAMES: Record<ChatKind, string> = { slack: 'Slack', teams: 'Microsoft Teams' };

/** Slack incoming webhooks: https://hooks.slack.com/services/T…/B…/… */
function isSlackWebhook(url: URL): boolean {
  return url.hostname === 'hooks.slack.com' && url.pathname.startsWith('/services/');
}

/** Teams: incoming-webhook connectors (<tenant>.webhook.office.com) and Workflows (Power Automate). */
function isTeamsWebhook(url: URL): boolean {
  return url.hostname.endsWith('.webhook.office.com') || url.hostname.endsWith('.logic.azure.com');
}

function recognisedKind(url: URL): ChatKind | null {
  if (isSlackWebhook(url)) return 'slack';
  if (isTeamsWebhook(url)) return 'teams';
  return null;
}

/**
 * Whether an incoming-webhook URL may be saved (and used) for an integration of `kind`.
 *
 * The kind decides the message format, not the host. Hosted installs (private networks refused)
 * accept only the vendors' own https hosts, so an integration cannot be aimed at an arbitrary
 * server. Self-hosted installs and tests (WEBHOOKS_ALLOW_PRIVATE_NETWORKS) accept any URL the
 * webhook sender would deliver to, which lets Slack-compatible servers (Mattermost, Rocket.Chat)
 * and local fakes work. Either way a URL that plainly belongs to the other vendor is refused.
 */
export function checkChatWebhookUrl(
  kind: ChatKind,
  rawUrl: string,
  { allowPrivateNetworks }: { allowPrivateNetworks: boolean },
): ChatUrlCheck {
  if (rawUrl.includes('…') || rawUrl.includes('%E2%80%A6')) {
    return { isAllowed: false, reason: 'This is the masked URL; paste the whole incoming-webhook URL.' };
  }
  const deliverable = checkDeliverableUrl(rawUrl, { allowPrivateNetworks });
  if (!deliverable.isAllowed) return deliverable;
  const { url } = deliverable;
  const recognised = recognisedKind(url);
  if (recognised !== null && recognised !== kind) {
    return {
      isAllowed: false,
      reason: `This is a ${KIND_NAMES[recognised]} URL; create a ${recognised} integration for it.`,
    };
  }
  if (allowPrivateNetworks) return { isAllowed: true, url };
  if (recognised === null || url.protocol !== 'https:') {
    return {
      isAllowed: false,
      reason:
        kind === 'slack'
          ? 'Slack incoming-webhook URLs start with https://hooks.slack.com/services/.'
          : 'Teams incoming-webhook URLs are https://<tenant>.webhook.office.com/… or a Workflows (https://….logic.azure.com/…) URL.',
    };
  }
  return { isAllowed: true, url };
}

const VISIBLE_CHARS = 4;

/**
 * The URL as the API shows it: the host and first path segment, then only a few characters of
 * the rest, e.g. `https://hooks.slack.com/services/T000…/…XXXX`. Whoever holds the whole URL can
 * post into the channel, so after saving it is never shown again.
 */
export function maskWebhookUrl(rawUrl: string): string {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return '…';
  }
  const [first = '', ...rest] = url.pathname.slice(1).split('/');
  // A short leading segment (`services`, `webhookb2`, `workflows`) names the API, not the secret.
  const isFirstShown = rest.length > 0 && first.length <= 16;
  const prefix = isFirstShown ? `${url.origin}/${first}/` : `${url.origin}/`;
  const secretPart = `${isFirstShown ? rest.join('/') : url.pathname.slice(1)}${url.search}`;
  const tail = secretPart.slice(-VISIBLE_CHARS);
  if (secretPart.length <= VISIBLE_CHARS * 3) return `${prefix}…`;
  return `${prefix}${secretPart.slice(0, VISIBLE_CHARS)}…/…${tail}`;
}
