import { expect, test } from '@playwright/test';
import { apiSession, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a partner registers a deal, the regional manager approves it from the queue, and the partner is protected', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const customerName = `Approvals Journey ${suffix} GmbH`;
  const partner = await apiSession(baseURL!, 'rep@northwind.test');
  const registration = (await partner.post('/api/v1/deal-registrations', {
    customerName,
    customerWebsite: `approvals-journey-${suffix}.com`,
    country: 'DE',
    amount: 42_000,
    currency: 'EUR',
    expectedCloseDate: '2027-06-30',
  })) as { id: string; reference: string; status: string };
  expect(registration.status).toBe('pending_approval');

  await signIn(page, 'emea@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Approvals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(customerName) });
  await expect(row).toContainText('Northwind Systems');
  await expect(row).toContainText(/due in \d+ h \d+ min|due in \d+ d \d+ h/);
  await expectAccessible(page);
  await saveScreenshot(page, 'deal-approvals-queue');

  await row.getByRole('button', { name: `Review ${registration.reference}` }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(registration.reference) });
  await expect(drawer.getByText('Level 1 · Regional manager')).toBeVisible();
  await drawer.getByRole('button', { name: 'Approve', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Approve ${registration.reference}` });
  await confirm.getByRole('textbox', { name: 'Note' }).fill('Known project, go ahead');
  await confirm.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer.getByText(/Protected until/)).toBeVisible();
  await expect(drawer.getByText('Approved', { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: new RegExp(customerName) })).toHaveCount(0);

  // The partner reads where it stands. (Its deal page arrives with the deal pages; the API says the same.)
  const seen = (await partner.get(`/api/v1/deal-registrations/${registration.id}`)) as {
    status: string;
    protectionEndsAt: string;
    approvals: { decision: string; decidedByName: string | null }[];
  };
  expect(seen.status).toBe('approved');
  expect(Date.parse(seen.protectionEndsAt)).toBeGreaterThan(Date.now() + 80 * 24 * 60 * 60 * 1000);
  expect(seen.approvals[0]).toMatchObject({ decision: 'approved' });
  await partner.dispose();
});

test('a channel manager sees wrong settings pointed out on their fields, and saves them once corrected', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deal registration' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal registration settings' })).toBeVisible();
  await expectAccessible(page);
  const sla = page.getByRole('textbox', { name: 'SLA (hours)' }).first();
  const slaHours = await sla.inputValue();
  await sla.fill('900');
  // The demo programme's amounts are in euros, with a rate for each currency partners use.
  const dollars = page.getByRole('textbox', { name: '1 EUR in USD' });
  await expect(dollars).toHaveValue('1.08');
  await dollars.fill('0');
  const protection = page.getByRole('textbox', { name: 'Protection (days)' });
  await expect(protection).toHaveValue('90');
  await protection.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('must be at most 720 hours')).toBeVisible();
  await expect(page.getByText('must be more than 0')).toBeVisible();
  await expect(page.getByText('must be at least 1 day')).toBeVisible();
  await saveScreenshot(page, 'deal-registration-settings');

  // Corrected, the settings save. They go back to the demo's values: the other journeys, running
  // alongside on the same programme, count on its 90 days of protection and its rates.
  await sla.fill(slaHours);
  await dollars.fill('1.08');
  await protection.fill('90');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByText('must be at least 1 day')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Protection (days)' })).toHaveValue('90');
});
