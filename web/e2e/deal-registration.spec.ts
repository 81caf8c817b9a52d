import { expect, type Page, test } from '@playwright/test';
import { apiSession, createInvitedUser, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

// A partner of the spec's own claims a customer first, so the demo partner's claim is the second:
// other specs approving or withdrawing demo deals cannot change what this one sees.
const suffix = uniqueSuffix();
const rivalName = `Wayne Distribution ${suffix}`;
const contested = { name: `Oscorp Industries ${suffix}`, website: `www.oscorp-${suffix}.com` };
const clear = { name: `Quillfeather Aerials ${suffix}`, email: `gavin@quillfeather-${suffix}.de` };
const SAME_CUSTOMER_REASON =
  'Another partner already has an active registration with the same web domain and the same company name, in the same country.';

test.describe.configure({ mode: 'serial' });

/** The portal page of the demo partner's contested registration, for the approval that follows. */
let contestedDealUrl = '';

test.beforeAll(async ({ baseURL }) => {
  const admin = await apiSession(baseURL!, 'admin@acme.test');
  const rival = await admin.post('/api/v1/organisations', { name: rivalName, region: `dr-${suffix}` });
  const rep = await createInvitedUser(admin, {
    role: 'partner_sales',
    organisationId: rival.id,
    label: 'rival',
  });
  await admin.dispose();
  const rivalSession = await apiSession(baseURL!, rep.email, rep.password);
  await rivalSession.post('/api/v1/deal-registrations', {
    customerName: contested.name,
    customerWebsite: `https://${contested.website}/en`,
    country: 'US',
    amount: 77_000,
    currency: 'USD',
    expectedCloseDate: '2027-09-30',
  });
  await rivalSession.dispose();
});

async function openRegistrationForm(page: Page) {
  await signIn(page, 'rep@northwind.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal registrations' })).toBeVisible();
  await page.getByRole('link', { name: 'Register a deal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a deal' })).toBeVisible();
}

async function chooseCountry(page: Page, country: string) {
  await page.getByRole('textbox', { name: 'Country' }).fill(country);
  await page.getByRole('option', { name: country, exact: true }).click();
}

async function fillDealTerms(page: Page, amount: string) {
  await page.getByLabel('Expected amount').fill(amount);
  await page.getByLabel('Expected close date').fill('2027-06-30');
  await page.getByRole('textbox', { name: 'Products' }).fill('Acme Cloud Platform');
  await page.getByRole('textbox', { name: 'Products' }).press('Enter');
}

test('a partner registering a customer another partner claimed is told why while typing, and it is queued as not first-in', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openRegistrationForm(page);
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(
    page.getByText("Give the customer's website or a contact e-mail", { exact: false }),
  ).toBeVisible();

  await page.getByLabel('Customer company').fill(contested.name);
  await page.getByLabel('Customer website').fill(contested.website);
  await chooseCountry(page, 'United States');
  const feedback = page.getByRole('status').filter({ hasText: 'Conflict' });
  await expect(feedback).toContainText(SAME_CUSTOMER_REASON);
  await expect(feedback).toContainText('Existing registration');
  await expect(feedback).not.toContainText(rivalName);
  await expect(feedback).not.toContainText('77');
  await expectAccessible(page);
  await saveScreenshot(page, 'deal-registration-conflict');

  await fillDealTerms(page, '52000');
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/portal\/deals\/deal_/);
  contestedDealUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contested.name);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/DR-\d+/);
  await expect(page.getByRole('alert').filter({ hasText: 'Awaiting approval' })).toContainText(
    /A decision is due by .*\d{4}/,
  );
  await expect(
    page.getByText('Not first-in: the customer was claimed before this registration.'),
  ).toBeVisible();
  await expect(page.getByText(SAME_CUSTOMER_REASON)).toBeVisible();
  await expect(page.getByText('Conflict', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(rivalName);
  await expectAccessible(page);
  await saveScreenshot(page, 'deal-registration-partner-detail');

  // The portal's list shows it, with its deadline.
  await page.getByRole('link', { name: 'All deal registrations' }).click();
  const row = page.getByRole('row', { name: new RegExp(contested.name) });
  await expect(row).toContainText('Awaiting approval');
  await expect(row).toContainText('Conflict');
  await expect(row).toContainText('Approval due');
  await saveScreenshot(page, 'deal-registrations-portal');
});

test('a channel manager sees the conflict evidence side by side, naming both partners', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal registrations' })).toBeVisible();
  await page.getByLabel('Search').fill(contested.name);
  // Only the two claims on this customer are left once the search applies.
  await expect(page.getByRole('row').filter({ hasText: 'DR-' })).toHaveCount(2);
  const northwindRow = page.getByRole('row').filter({ hasText: 'Northwind Systems' });
  await expect(northwindRow).toContainText(contested.name);
  await expect(page.getByRole('row').filter({ hasText: rivalName })).toContainText(contested.name);
  await saveScreenshot(page, 'deal-registrations-console');
  await northwindRow.getByRole('link').click();

  await expect(page.getByRole('heading', { name: 'Conflict evidence' })).toBeVisible();
  await expect(page.getByText('This registration is not first-in')).toBeVisible();
  const evidence = page.getByTestId('conflict-evidence').first();
  await expect(evidence).toContainText(SAME_CUSTOMER_REASON);
  await expect(evidence.getByRole('row', { name: /Partner/ })).toContainText('Northwind Systems');
  await expect(evidence.getByRole('row', { name: /Partner/ })).toContainText(rivalName);
  await expect(evidence.getByRole('row', { name: /Web domain/ })).toContainText(`oscorp-${suffix}.com`);
  await expect(evidence.getByRole('row', { name: /Web domain/ })).toContainText('Match');
  await expect(evidence.getByRole('row', { name: /Expected amount/ })).toContainText('$77,000.00');
  await expect(evidence).toContainText('Match score 100 %');
  await expectAccessible(page);
  await saveScreenshot(page, 'deal-registration-conflict-evidence');
});

test('a partner registering a customer nobody claimed sees no conflict and is first-in', async ({ page }) => {
  test.setTimeout(120_000);
  await openRegistrationForm(page);
  await page.getByLabel('Customer company').fill(clear.name);
  await page.getByLabel('Contact e-mail').fill(clear.email);
  await chooseCountry(page, 'Germany');
  await expect(page.getByRole('status').filter({ hasText: 'No conflict found' })).toBeVisible();
  await fillDealTerms(page, '18500');
  await page.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/portal\/deals\/deal_/);
  await expect(page.getByText('First-in: nobody registered this customer before you.')).toBeVisible();
  await expect(page.getByText('No conflict', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('No conflicts were found.')).toBeVisible();
});

test('the EMEA regional manager approves the contested registration within its SLA, and the partner sees it protected until its expiry date', async ({
  page,
}) => {
  test.setTimeout(150_000);
  expect(contestedDealUrl, 'the first test registered the contested deal').not.toBe('');
  await signIn(page, 'emea@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Approvals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(contested.name) });
  await expect(row).toContainText('Northwind Systems');
  // The SLA view: the time left on the regional manager's level, counted down live.
  await expect(row).toContainText(/due in \d+ h \d+ min|due in \d+ d \d+ h/);
  const reference = (await row.textContent())?.match(/DR-\d+/)?.[0] ?? '';
  await row.getByRole('button', { name: `Review ${reference}` }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(reference) });
  await drawer.getByRole('button', { name: 'Approve', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Approve ${reference}` });
  await confirm
    .getByRole('textbox', { name: 'Note' })
    .fill('We knew of this project through Northwind first');
  await confirm.getByRole('button', { name: 'Approve' }).click();
  await expect(drawer.getByText(/Protected until/)).toBeVisible();
  await page.keyboard.press('Escape');

  // The partner, in its portal: approved, and protected until a date 90 days out.
  await signIn(page, 'rep@northwind.test');
  await page.goto(contestedDealUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(contested.name);
  const expiry = new Date(Date.now() + 90 * 24 * 60 * 60 * 1000);
  const expiryText = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(expiry);
  await expect(page.getByText(`Protected until ${expiryText}`).first()).toBeVisible();
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
  await saveScreenshot(page, 'deal-registration-protected');
});
