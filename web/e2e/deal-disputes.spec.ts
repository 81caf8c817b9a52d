import { expect } from '@playwright/test';
import {
  apiSession,
  partnerWithAdmin,
  signInWithPassword,
  test,
  uniqueSuffix,
} from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

type Registration = { id: string; reference: string; status: string; isFirstIn: boolean };

test('a partner disputes a rejection with evidence; the channel manager upholds it and the registration is back in approval', async ({
  page,
  admin,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  // Two partners of the test's own that may register deals.
  const { user: earlyUser, api: earlyApi } = await partnerWithAdmin(admin, {
    name: `Early Partner ${suffix}`,
    label: 'early',
  });
  const { api: lateApi } = await partnerWithAdmin(admin, { name: `Late Partner ${suffix}`, label: 'late' });
  const baseURL = admin.baseURL;
  const channelApi = await apiSession(baseURL, 'channel@acme.test');

  // The early partner's claim is rejected the way the app itself does it: a later claim on the
  // same customer wins first-in through an upheld dispute, which rejects the still-pending one.
  const claim = {
    customerName: `Vandelay Industries ${suffix}`,
    customerWebsite: `https://vandelay-${suffix}.com`,
    country: 'SG',
    amount: 64_000,
    currency: 'SGD',
    expectedCloseDate: '2027-09-30',
  };
  const rejected = (await earlyApi.post('/api/v1/deal-registrations', claim)) as Registration;
  const challenger = (await lateApi.post('/api/v1/deal-registrations', claim)) as Registration;
  expect(challenger.isFirstIn).toBe(false);
  const conflict = (await lateApi.post(`/api/v1/deal-registrations/${challenger.id}/disputes`, {
    subject: 'conflict',
    reason: 'We were talking to Vandelay long before anyone else.',
  })) as { id: string };
  await channelApi.post(`/api/v1/deal-disputes/${conflict.id}/decision`, {
    outcome: 'upheld',
    rationale: 'The challenger’s records are earlier.',
  });
  expect(((await earlyApi.get(`/api/v1/deal-registrations/${rejected.id}`)) as Registration).status).toBe(
    'rejected',
  );

  // The early partner disputes the rejection from the portal, with a reason and an evidence link.
  await signInWithPassword(page, earlyUser.email, earlyUser.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deal disputes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal disputes' })).toBeVisible();
  await expect(page.getByText('No disputes here.')).toBeVisible();
  await page.getByRole('button', { name: `Open a dispute on ${rejected.reference}` }).click();
  await page
    .getByRole('textbox', { name: 'Reason' })
    .fill('Our CRM shows the first meeting with Vandelay in January.');
  await page
    .getByRole('textbox', { name: 'Evidence links' })
    .fill('https://crm.example.com/vandelay/meetings/1');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Submit dispute' }).click();
  const row = page.getByRole('row', { name: new RegExp(rejected.reference) });
  await expect(row).toContainText('Open');
  // Nothing the partner reads names the partner that won first-in.
  await expect(page.getByText(`Late Partner ${suffix}`)).toHaveCount(0);
  await saveScreenshot(page, 'deal-disputes-portal');

  // The channel manager reads it in the console and upholds it with a rationale.
  await page.context().clearCookies();
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deal disputes' })
    .click();
  await page.getByRole('link', { name: new RegExp(`${rejected.reference} ·`) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Dispute on ${rejected.reference}` }),
  ).toBeVisible();
  await expect(page.getByText('Our CRM shows the first meeting with Vandelay in January.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://crm.example.com/vandelay/meetings/1' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'Uphold' }).check();
  await page
    .getByRole('textbox', { name: 'Rationale' })
    .fill('The January meeting notes show an earlier engagement; review again.');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByTestId('dispute-rationale')).toHaveText(
    'The January meeting notes show an earlier engagement; review again.',
  );
  await saveScreenshot(page, 'deal-dispute-console');

  // The partner sees its registration back in approval, and why.
  await page.context().clearCookies();
  await signInWithPassword(page, earlyUser.email, earlyUser.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/portal/deal-disputes');
  // A partner's list shows every status, decided ones included.
  await page.getByRole('link', { name: new RegExp(`${rejected.reference} ·`) }).click();
  await expect(page.getByTestId('registration-status')).toHaveText(
    'Registration status: Waiting for approval',
  );
  await expect(page.getByTestId('dispute-rationale')).toHaveText(
    'The January meeting notes show an earlier engagement; review again.',
  );
  await expectAccessible(page);
  expect(((await earlyApi.get(`/api/v1/deal-registrations/${rejected.id}`)) as Registration).status).toBe(
    'pending_approval',
  );

  for (const session of [earlyApi, lateApi, channelApi]) await session.dispose();
});

test('the deal pipeline shows stages, conversion and velocity to vendor staff and to a partner', async ({
  page,
}) => {
  // Two sign-ins and two axe-core walks: more than the default budget on a busy machine.
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Deal pipeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal pipeline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deals by stage' })).toBeVisible();
  // The demo programme runs in euros with a rate for every currency: one figure per stage.
  await expect(page.getByRole('columnheader', { name: 'Total in EUR' })).toBeVisible();
  const registered = page.getByRole('row').filter({ has: page.getByRole('cell', { name: /^Registered/ }) });
  await expect(registered.getByRole('cell').nth(3)).toContainText('€');
  await expect(page.getByText(/no exchange rate/)).toHaveCount(0);
  // The region filter offers the regions the partners are in; picking one narrows the figures.
  const allDeals = (await registered.getByRole('cell').nth(1).textContent()) ?? '';
  const region = page.getByRole('textbox', { name: 'Region' });
  await region.click();
  const emea = page.getByRole('option', { name: /^emea/ });
  await expect(emea).toContainText(/\d+ partners?/);
  await emea.click();
  await expect(region).toHaveValue('emea');
  await expect(registered.getByRole('cell').nth(1)).not.toHaveText(allDeals);
  await expect(page.getByRole('heading', { name: 'Conversion' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Registrations per week' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'deal-pipeline-console');

  await page.context().clearCookies();
  await signIn(page, 'rep@northwind.test');
  await page.goto('/portal/pipeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Deal pipeline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deals by stage' })).toBeVisible();
  // A partner has no partner filter: its numbers are its own.
  await expect(page.getByRole('textbox', { name: 'Partner' })).toHaveCount(0);
  await expectAccessible(page);
});
