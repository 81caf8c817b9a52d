import { expect, test } from '@playwright/test';
import {
  apiSession,
  createInvitedUser,
  signInWithPassword,
  uniqueSuffix,
} from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

// A partner of the spec's own, alone in a region of its own: the requirement applies to it only,
// so no demo partner (nor another spec's) becomes non-compliant.
const suffix = uniqueSuffix();
const region = `ce2e-${suffix}`;
const partnerName = `Quillfeather Maritime ${suffix} L.L.C.`;
const requirementName = `Liability insurance ${suffix}`;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test.describe.configure({ mode: 'serial' });

let partnerId: string;
let partnerAdmin: { email: string; password: string };

test.beforeAll(async ({ baseURL }) => {
  const admin = await apiSession(baseURL!, 'admin@acme.test');
  partnerId = (await admin.post('/api/v1/organisations', { name: partnerName, region })).id;
  partnerAdmin = await createInvitedUser(admin, {
    role: 'partner_admin',
    organisationId: partnerId,
    label: 'compliance',
  });
  await admin.dispose();
});

test('a vendor requires a document, the partner uploads it, the vendor approves: the partner is compliant', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compliance' })).toBeVisible();
  await page.getByRole('button', { name: 'New requirement' }).click();
  const form = page.getByRole('dialog', { name: 'New requirement' });
  await form.getByRole('button', { name: 'Add requirement' }).click();
  await expect(form.getByText('Give the requirement a name.')).toBeVisible();
  await form.getByLabel('Name').fill(requirementName);
  await form.getByLabel('Regions').fill(region);
  await form.getByLabel('Regions').press('Enter');
  await form.getByLabel('Valid for (months)').fill('12');
  await form.getByRole('button', { name: 'Add requirement' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(requirementName) })).toContainText('12 months');
  // The segmented control's radio inputs are visually hidden; people click their labels.
  await page
    .locator('label')
    .filter({ hasText: /^Non-compliant$/ })
    .click();
  await expect(page.getByRole('link', { name: partnerName })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'compliance-console');

  await page.context().clearCookies();
  await signInWithPassword(page, partnerAdmin.email, partnerAdmin.password);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Compliance' })
    .click();
  const card = page.getByRole('region', { name: requirementName });
  await expect(card).toContainText('Missing');
  await card.getByRole('button', { name: 'Upload document' }).click();
  await expect(card.getByText('Choose the document to upload.')).toBeVisible();
  // An HTML page renamed to .pdf is refused by its content, next to the field.
  await card.locator('input[type="file"]').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body>not a certificate</body></html>'),
  });
  await card.getByRole('button', { name: 'Upload document' }).click();
  await expect(card.getByText('is not a PDF, PNG or JPEG file')).toBeVisible();
  await card.locator('input[type="file"]').setInputFiles({
    name: 'insurance-certificate.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await card.getByRole('button', { name: 'Upload document' }).click();
  await expect(card).toContainText('Waiting for review');
  await expect(card.getByRole('link', { name: 'insurance-certificate.pdf' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'compliance-portal');

  await page.context().clearCookies();
  await signIn(page, 'channel@acme.test');
  await page.goto(`/console/partners/${partnerId}`);
  const compliance = page.getByRole('region', { name: 'Compliance' });
  await expect(compliance).toContainText('Non-compliant');
  await compliance.getByRole('button', { name: `Approve ${requirementName}` }).click();
  await page
    .getByRole('dialog', { name: 'Approve this submission?' })
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(compliance.getByText('Compliant', { exact: true })).toBeVisible();
  await expect(compliance).toContainText('Approved');
  await expectAccessible(page);
  await saveScreenshot(page, 'compliance-partner-card');
});

test('a vendor uploads a sanctions list, screens the partner, sees the match and clears it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await page.goto('/console/compliance/sanctions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sanctions screening' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({
    name: `sanctions-${suffix}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `name,aliases,country,source,reference\n"QUILLFEATHER MARITIME ${suffix} LLC","Quillfeather Shipping",PA,OFAC SDN,${suffix}\n`,
    ),
  });
  await page.getByRole('button', { name: 'Upload and screen all partners' }).click();
  await expect(page.getByText(`sanctions-${suffix}.csv: 1 entry`)).toBeVisible();

  await page.goto(`/console/partners/${partnerId}`);
  await page.getByRole('button', { name: 'Screen against sanctions list' }).click();
  await expect(page.getByText('1 possible sanctions match to review.')).toBeVisible();

  await page.goto('/console/compliance/sanctions');
  const row = page.getByRole('row', { name: new RegExp(partnerName.replaceAll('.', '\\.')) });
  await expect(row).toContainText(`QUILLFEATHER MARITIME ${suffix} LLC`);
  await expectAccessible(page);
  await saveScreenshot(page, 'compliance-sanctions');
  await row.getByRole('button', { name: `Clear the match for ${partnerName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear as a false positive' });
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(dialog.getByText('say why, for the audit trail')).toBeVisible();
  await dialog.getByLabel('Note').fill('Different company: registered in Norway, not Panama');
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeHidden();
  await page
    .locator('label')
    .filter({ hasText: /^Cleared$/ })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(partnerName.replaceAll('.', '\\.')) })).toContainText(
    'Different company',
  );
});
