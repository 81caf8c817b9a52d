import type { Role } from '../../src/platform/permissions.ts';
import {
  insertComplianceDocument,
  insertComplianceRequirement,
  insertComplianceRequirementFor,
  insertSanctionsHit,
} from '../fixtures.ts';
import { always, isPartner, type MatrixEntry, type MatrixEnv, only, type Scope } from './rules.ts';

const MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];
const READERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager', 'finance', 'analyst'];
const PARTNER_HANDLERS: Role[] = ['partner_admin', 'partner_finance'];
const PDF_DATA_URL = `data:application/pdf;base64,${Buffer.from('%PDF-1.7 matrix').toString('base64')}`;

/** The catalogue and sanctions are the vendor's, workspace-wide; another workspace's look absent. */
const inWorkspace = (success: number) => (_role: Role, scope: Scope) =>
  scope === 'other_workspace' ? 404 : success;
const managed = (success: number) => only(MANAGERS, inWorkspace(success));

/** Vendor staff act on a partner (Northwind for `own`); partners on the place itself. */
const partnerPlace = ({ place, world }: MatrixEnv) =>
  place.kind === 'vendor' ? { ...place, organisationId: world.partnerA.id } : place;

/** A partner's own compliance for its handlers; vendor readers see the partners in their view. */
const partnerData = (vendorRoles: Role[], success: number) => (role: Role, scope: Scope) => {
  if (isPartner(role)) return PARTNER_HANDLERS.includes(role) ? (scope === 'own' ? success : 404) : 403;
  if (!vendorRoles.includes(role)) return 403;
  if (scope === 'other_workspace') return 404;
  return scope === 'other_partner' && role === 'regional_manager' ? 404 : success;
};

export const PARTNER_COMPLIANCE_ROUTES: Record<string, MatrixEntry> = {
  'GET /api/v1/compliance-requirements': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/compliance-requirements?limit=200' }),
    expected: only(READERS, always(200)),
  },
  'POST /api/v1/compliance-requirements': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/compliance-requirements',
      body: { name: 'Matrix insurance', validityMonths: 12 },
    }),
    expected: only(MANAGERS, always(201)),
  },
  'GET /api/v1/compliance-requirements/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'GET',
      url: `/api/v1/compliance-requirements/${await insertComplianceRequirement(db, place.workspaceId)}`,
    }),
    expected: only(READERS, inWorkspace(200)),
  },
  'PATCH /api/v1/compliance-requirements/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'PATCH',
      url: `/api/v1/compliance-requirements/${await insertComplianceRequirement(db, place.workspaceId)}`,
      body: { description: 'Reworded by the matrix' },
    }),
    expected: managed(200),
  },
  'DELETE /api/v1/compliance-requirements/{id}': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'DELETE',
      url: `/api/v1/compliance-requirements/${await insertComplianceRequirement(db, place.workspaceId)}`,
    }),
    expected: managed(204),
  },
  'GET /api/v1/compliance/partners': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/compliance/partners?limit=200' }),
    expected: only(READERS, always(200)),
  },
  'GET /api/v1/compliance/partners/{id}': {
    isScoped: true,
    request: (env) => ({
      method: 'GET',
      url: `/api/v1/compliance/partners/${partnerPlace(env).organisationId}`,
    }),
    expected: partnerData(READERS, 200),
  },
  'POST /api/v1/compliance/partners/{id}/screen': {
    isScoped: true,
    request: (env) => ({
      method: 'POST',
      url: `/api/v1/compliance/partners/${partnerPlace(env).organisationId}/screen`,
    }),
    expected: managed(200),
  },
  'GET /api/v1/compliance-documents': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/compliance-documents?limit=200' }),
    expected: (role) => (READERS.includes(role) || PARTNER_HANDLERS.includes(role) ? 200 : 403),
  },
  // A partner's handlers submit for requirements that apply to their own organisation only.
  'POST /api/v1/compliance-documents': {
    isScoped: true,
    request: async ({ db, place }) => ({
      method: 'POST',
      url: '/api/v1/compliance-documents',
      body: {
        requirementId: await insertComplianceRequirementFor(db, place),
        file: PDF_DATA_URL,
        fileName: 'matrix.pdf',
      },
    }),
    expected: only(PARTNER_HANDLERS, (_role, scope) => (scope === 'own' ? 201 : 404)),
  },
  'GET /api/v1/compliance-documents/{id}/file': {
    isScoped: true,
    request: async (env) => ({
      method: 'GET',
      url: `/api/v1/compliance-documents/${await insertComplianceDocument(env.db, partnerPlace(env), env.place.adminUserId)}/file`,
    }),
    expected: partnerData(MANAGERS, 200),
  },
  'POST /api/v1/compliance-documents/{id}/approve': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/compliance-documents/${await insertComplianceDocument(env.db, partnerPlace(env), env.place.adminUserId)}/approve`,
    }),
    expected: managed(200),
  },
  'POST /api/v1/compliance-documents/{id}/reject': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/compliance-documents/${await insertComplianceDocument(env.db, partnerPlace(env), env.place.adminUserId)}/reject`,
      body: { reason: 'Unsigned' },
    }),
    expected: managed(200),
  },
  'GET /api/v1/sanctions-list': {
    request: () => ({ method: 'GET', url: '/api/v1/sanctions-list' }),
    expected: only(MANAGERS, always(200)),
  },
  'PUT /api/v1/sanctions-list': {
    request: () => ({
      method: 'PUT',
      url: '/api/v1/sanctions-list',
      body: { fileName: 'matrix.csv', csv: 'name,source\nMatrix Sanctioned Party,UN\n' },
    }),
    expected: only(MANAGERS, always(200)),
  },
  'GET /api/v1/sanctions-hits': {
    isList: true,
    request: () => ({ method: 'GET', url: '/api/v1/sanctions-hits?limit=200' }),
    expected: only(MANAGERS, always(200)),
  },
  'POST /api/v1/sanctions-hits/{id}/clear': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/sanctions-hits/${await insertSanctionsHit(env.db, partnerPlace(env))}/clear`,
      body: { note: 'Different company' },
    }),
    expected: managed(200),
  },
  'POST /api/v1/sanctions-hits/{id}/confirm': {
    isScoped: true,
    request: async (env) => ({
      method: 'POST',
      url: `/api/v1/sanctions-hits/${await insertSanctionsHit(env.db, partnerPlace(env))}/confirm`,
      body: { note: 'Same registration number' },
    }),
    expected: managed(200),
  },
};
