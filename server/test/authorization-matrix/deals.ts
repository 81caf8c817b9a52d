import type { Role } from '../../src/platform/permissions.ts';
import { insertDealRegistration } from '../fixtures.ts';
import { ALL, always, type MatrixEntry, type MatrixEnv, nextSequence, only, visible } from './rules.ts';

export const DEAL_REGISTRANTS: Role[] = ['partner_admin', 'partner_sales'];
/** Every role reads registrations; row-level security decides whose. */
export const DEAL_READERS: readonly Role[] = ALL;

/** A registration of the place's partner; for vendor staff, of partner A (in the regional manager's EMEA). */
export async function registrationUrl({ db, world, place }: MatrixEnv): Promise<string> {
  const organisationId = place.kind === 'vendor' ? world.partnerA.id : place.organisationId;
  return `/api/v1/deal-registrations/${await insertDealRegistration(db, { workspaceId: place.workspaceId, organisationId })}`;
}

const claim = () => {
  const sequence = nextSequence();
  return {
    customerName: `Matrix customer ${sequence}`,
    customerWebsite: `matrix-customer-${sequence}.example.com`,
    country: 'DE',
    amount: 5000,
    currency: 'EUR',
    expectedCloseDate: '2027-06-30',
  };
};

export const DEALS_ROUTES: Record<string, MatrixEntry> = {
  'POST /api/v1/deal-registrations': {
    request: () => ({ method: 'POST', url: '/api/v1/deal-registrations', body: claim() }),
    // Owners and admins hold every permission, but registrations are a partner's to submit.
    expected: only(DEAL_REGISTRANTS, always(201)),
  },
  'POST /api/v1/deal-registrations/conflict-check': {
    request: () => {
      const { customerName, customerWebsite, country } = claim();
      return {
        method: 'POST',
        url: '/api/v1/deal-registrations/conflict-check',
        body: { customerName, customerWebsite, country },
      };
    },
    expected: only(DEAL_REGISTRANTS, always(200)),
  },
  'GET /api/v1/deal-registrations': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/deal-registrations' }),
    expected: only(DEAL_READERS, always(200)),
  },
  'GET /api/v1/deal-registrations/{id}': {
    isScoped: true,
    request: async (env) => ({ method: 'GET', url: await registrationUrl(env) }),
    expected: only(DEAL_READERS, visible(200)),
  },
};
