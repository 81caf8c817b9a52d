import account from './account.json';
import agreements from './agreements.json';
import automation from './automation.json';
import branding from './branding.json';
import core from './core.json';
import developers from './developers.json';
import events from './events.json';
import imports from './imports.json';
import partners from './partners.json';
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
  ...imports,
};
