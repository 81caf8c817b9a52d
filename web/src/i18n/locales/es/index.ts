import account from './account.json';
import agreements from './agreements.json';
import automation from './automation.json';
import branding from './branding.json';
import compliance from './compliance.json';
import core from './core.json';
import customerAccounts from './customerAccounts.json';
import dealApprovals from './dealApprovals.json';
import dealCollaboration from './dealCollaboration.json';
import deals from './deals.json';
import developers from './developers.json';
import events from './events.json';
import health from './health.json';
import imports from './imports.json';
import onboarding from './onboarding.json';
import partners from './partners.json';
import recruitment from './recruitment.json';
import tiers from './tiers.json';
import users from './users.json';

/** One file per area of the app, so each can be translated (and changed) on its own. */
export default {
  ...core,
  ...account,
  ...users,
  ...developers,
  ...automation,
  ...branding,
  ...events,
  ...partners,
  ...agreements,
  ...recruitment,
  ...compliance,
  ...tiers,
  ...onboarding,
  ...health,
  ...imports,
  ...deals,
  ...customerAccounts,
  ...dealApprovals,
  ...dealCollaboration,
};
