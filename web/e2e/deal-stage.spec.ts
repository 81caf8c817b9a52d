import { expect } from '@playwright/test';
import {
  apiSession,
  partnerWithAdmin,
  signInWithPassword,
  test,
  uniqueSuffix,
} from './support/account-fixtures.ts';

type Registration = { id: string; reference: string; version: number };

test('a partner moves an approved deal along the pipeline, and a move made on a stale page is refused, not lost', async ({
  page,
  admin,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const { user: seller, api: sellerApi } = await partnerWithAdmin(admin, {
    name: `Pipeline Partner ${suffix}`,
    label: 'pipeline',
  });
  const channelApi = await apiSession(admin.baseURL, 'channel@acme.test');
  const deal = (await sellerApi.post('/api/v1/deal-registrations', {
    customerName: `Kramerica Industries ${suffix}`,
    customerWebsite: `https://kramerica-${suffix}.com`,
    country: 'SG',
    amount: 42_000,
    currency: 'SGD',
    expectedCloseDate: '2027-09-30',
  })) as Registration;
  await channelApi.post(`/api/v1/deal-registrations/${deal.id}/approve`, {});

  await signInWithPassword(page, seller.email, seller.password);
  // Signed in before leaving the page: a navigation racing the sign-in answers with the sign-in page.
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto(`/portal/deals/${deal.id}`);
  const stage = page.getByRole('heading', { name: 'Pipeline stage' }).locator('..');
  await expect(stage).toContainText('Registered');

  // Meanwhile the channel manager qualifies the deal; the partner's page still shows it registered.
  await channelApi.post(`/api/v1/deal-registrations/${deal.id}/stage`, { stage: 'qualified' });
  await page.getByRole('textbox', { name: 'Move to stage', exact: true }).click();
  await page.getByRole('option', { name: 'Proposal', exact: true }).click();
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText(/changed this since you opened it/)).toBeVisible();

  // After a reload the partner sees the manager's move and makes its own.
  await page.reload();
  await expect(stage).toContainText('Qualified');
  await page.getByRole('textbox', { name: 'Move to stage', exact: true }).click();
  await page.getByRole('option', { name: 'Proposal', exact: true }).click();
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText(/changed this since you opened it/)).toHaveCount(0);
  await expect(stage.getByText('Proposal', { exact: true }).first()).toBeVisible();
  const saved = (await sellerApi.get(`/api/v1/deal-registrations/${deal.id}`)) as { stage: string };
  expect(saved.stage).toBe('proposal');

  for (const session of [sellerApi, channelApi]) await session.dispose();
});
