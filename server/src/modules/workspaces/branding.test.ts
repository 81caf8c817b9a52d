import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://partners.example.test' });
  world = await createTestWorkspace(t.database.db);
  other = await createTestWorkspace(t.database.db, 'Globex');
});
afterAll(() => t.close());

const admin = () => as(t.app, world.vendor.admin);
/** The smallest valid PNG: one transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

describe('workspace branding', () => {
  it('is set by an admin and seen by everyone in the workspace, partners included', async () => {
    const updated = await admin().patch('/api/v1/workspace/branding', {
      productName: 'Acme Partner Hub',
      primaryColor: '#0B5394',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().branding).toEqual({
      productName: 'Acme Partner Hub',
      primaryColor: '#0b5394',
      logoUrl: null,
    });

    const seenByPartner = await as(t.app, world.partnerA.users.partner_sales).get('/api/v1/workspace');
    expect(seenByPartner.statusCode).toBe(200);
    expect(seenByPartner.json()).toMatchObject({
      id: world.workspaceId,
      branding: { productName: 'Acme Partner Hub', primaryColor: '#0b5394' },
    });
    // Another vendor's workspace is untouched and unaffected.
    const elsewhere = await as(t.app, other.vendor.admin).get('/api/v1/workspace');
    expect(elsewhere.json()).toMatchObject({ id: other.workspaceId, branding: { productName: null } });

    const audit = await ownerQuery<{ action: string; after: { productName: string } }>(
      t.ownerUrl,
      "SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'workspace.branding_updated'",
      [world.workspaceId],
    );
    expect(audit.at(-1)?.after.productName).toBe('Acme Partner Hub');
  });

  it('refuses a colour white text cannot be read on, naming the field', async () => {
    const response = await admin().patch('/api/v1/workspace/branding', { primaryColor: '#ffd43b' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ field: 'body.primaryColor', message: expect.stringContaining('contrast') }),
    ]);
    const notAColour = await admin().patch('/api/v1/workspace/branding', { primaryColor: 'blue' });
    expect(notAColour.json().errors[0].field).toBe('body.primaryColor');
  });

  it('is changed only by those who manage the workspace', async () => {
    for (const principal of [world.vendor.channel_manager, world.partnerA.users.partner_admin]) {
      const response = await as(t.app, principal).patch('/api/v1/workspace/branding', {
        productName: 'Mine',
      });
      expect(response.statusCode).toBe(403);
      const logo = await as(t.app, principal).put('/api/v1/workspace/logo', {
        image: dataUrl('image/png', PNG),
      });
      expect(logo.statusCode).toBe(403);
    }
  });

  it('serves an uploaded logo publicly, for e-mail clients, under an address that changes with it', async () => {
    const uploaded = await admin().put('/api/v1/workspace/logo', { image: dataUrl('image/png', PNG) });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const { logoUrl } = uploaded.json().branding as { logoUrl: string };
    expect(logoUrl).toMatch(new RegExp(`^/api/v1/workspaces/${world.workspaceId}/logo\\?v=\\d+$`));

    const image = await t.app.inject({ method: 'GET', url: logoUrl });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);

    const removed = await admin().delete('/api/v1/workspace/logo');
    expect(removed.json().branding.logoUrl).toBeNull();
    const gone = await t.app.inject({ method: 'GET', url: logoUrl });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
  });

  it('accepts only real PNG, JPEG or WebP images of at most 256 KB', async () => {
    const cases = [
      dataUrl('image/svg+xml', Buffer.from('<svg onload="alert(1)"/>')),
      dataUrl('image/png', Buffer.from('<html><script>alert(1)</script></html>')),
      dataUrl('image/png', Buffer.concat([PNG, Buffer.alloc(256 * 1024)])),
      'not a data url',
    ];
    for (const image of cases) {
      const response = await admin().put('/api/v1/workspace/logo', { image });
      expect(response.statusCode, image.slice(0, 40)).toBe(422);
      expect(response.json().errors[0].field).toBe('body.image');
    }
    const workspace = await admin().get('/api/v1/workspace');
    expect(workspace.json().branding.logoUrl).toBeNull();
  });

  it('brands the e-mails the workspace sends', async () => {
    await admin().put('/api/v1/workspace/logo', { image: dataUrl('image/png', PNG) });
    await admin().patch('/api/v1/workspace/branding', {
      productName: 'Acme Partner Hub',
      primaryColor: '#0b5394',
    });
    const invited = await admin().post('/api/v1/invitations', {
      email: `branded-${Date.now()}@example.test`,
      organisationId: world.partnerA.id,
      role: 'partner_sales',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const [mail] = await ownerQuery<{ subject: string; html_body: string; text_body: string }>(
      t.ownerUrl,
      'SELECT subject, html_body, text_body FROM email_outbox WHERE to_address = $1',
      [invited.json().email],
    );
    expect(mail?.html_body).toContain('Acme Partner Hub');
    expect(mail?.html_body).toContain('#0b5394');
    expect(mail?.html_body).toMatch(
      new RegExp(
        `<img src="https://partners\\.example\\.test/api/v1/workspaces/${world.workspaceId}/logo\\?v=\\d+"`,
      ),
    );
    expect(mail?.text_body).toContain('Acme Partner Hub');
  });
});
