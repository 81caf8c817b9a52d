import type { Role } from '../../src/platform/permissions.ts';
import { insertPartnerApplication, workspaceSlugOf } from '../fixtures.ts';
import { always, freshEmail, type MatrixEntry, only, type Scope } from './rules.ts';

/**
 * Applications and the Ideal Partner Profile are the vendor's; only its vendor-wide recruiters
 * (owner, admin, channel manager) reach them. Another workspace's application is absent.
 */
const RECRUITERS: Role[] = ['owner', 'admin', 'channel_manager'];
const inWorkspace = (success: number) => (_role: unknown, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;

const APPLICATION = {
  companyName: 'Matrix Applicant GmbH',
  websiteDomain: 'matrix-applicant.example',
  country: 'DE',
  region: 'emea',
  partnerTypes: ['reseller'],
  industries: ['Retail'],
  companySize: '11-50',
  applicantName: 'Mia Matrix',
  applicantJobTitle: 'CEO',
  consent: true,
};

const PROFILE = {
  criteria: {
    partnerType: { weight: 20, preferred: ['reseller'] },
    region: { weight: 20, preferred: ['emea'] },
    industry: { weight: 20, preferred: ['Retail'] },
    companySize: { weight: 20, preferred: ['11-50'] },
    certifications: { weight: 20, preferred: ['ISO 27001'] },
  },
  formRegions: ['emea', 'north-america'],
  formIndustries: ['Retail', 'Healthcare'],
};

export const RECRUITMENT_ROUTES: Record<string, MatrixEntry> = {
  // The public form: everyone, signed in or not, gets the same answer.
  'GET /api/v1/public/workspaces/{slug}/partner-application-form': {
    isPublic: true,
    request: async ({ db, world }) => ({
      method: 'GET',
      url: `/api/v1/public/workspaces/${await workspaceSlugOf(db, world.workspaceId)}/partner-application-form`,
    }),
    expected: always(200),
  },
  'POST /api/v1/public/workspaces/{slug}/partner-applications': {
    isPublic: true,
    request: async ({ db, world }) => ({
      method: 'POST',
      url: `/api/v1/public/workspaces/${await workspaceSlugOf(db, world.workspaceId)}/partner-applications`,
      body: { ...APPLICATION, applicantEmail: freshEmail() },
    }),
    expected: always(202),
  },
  'GET /api/v1/ideal-partner-profile': {
    request: () => ({ method: 'GET', url: '/api/v1/ideal-partner-profile' }),
    expected: only(RECRUITERS, always(200)),
  },
  'PUT /api/v1/ideal-partner-profile': {
    request: () => ({ method: 'PUT', url: '/api/v1/ideal-partner-profile', body: PROFILE }),
    expected: only(RECRUITERS, always(200)),
  },
  'GET /api/v1/partner-applications': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/partner-applications?limit=200' }),
    expected: only(RECRUITERS, always(200)),
  },
  'POST /api/v1/partner-applications/rescore': {
    request: () => ({ method: 'POST', url: '/api/v1/partner-applications/rescore' }),
    expected: only(RECRUITERS, always(200)),
  },
  'GET /api/v1/partner-applications/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/partner-applications/${await insertPartnerApplication(db, place.workspaceId)}`,
    }),
    expected: only(RECRUITERS, inWorkspace(200)),
  },
  'POST /api/v1/partner-applications/{id}/approve': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/partner-applications/${await insertPartnerApplication(db, place.workspaceId)}/approve`,
    }),
    expected: only(RECRUITERS, inWorkspace(200)),
  },
  'POST /api/v1/partner-applications/{id}/reject': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: `/api/v1/partner-applications/${await insertPartnerApplication(db, place.workspaceId)}/reject`,
      body: { message: 'Not a fit this year.' },
    }),
    expected: only(RECRUITERS, inWorkspace(200)),
  },
};
