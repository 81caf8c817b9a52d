import { expect } from '@playwright/test';
import { test } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { linkFromOutbox } from './support/outbox.ts';
import {
  approveApplication,
  emailFromOutbox,
  newApplicant,
  openApplication,
  rejectApplication,
  submitApplication,
} from './support/recruitment.ts';

const PASSWORD = 'a long enough passphrase';

test('a company applies on the public page, a channel manager approves it and its applicant lands in the portal', async ({
  page,
  browser,
  admin,
}) => {
  test.slow();
  const applicant = newApplicant();
  await submitApplication(page, applicant);
  await expectAccessible(page);
  await saveScreenshot(page, 'recruitment-apply-sent');

  await signIn(page, 'channel@acme.test');
  await openApplication(page, applicant.companyName);
  await expect(page.getByText('100/100').first()).toBeVisible();
  await expect(page.getByText('Region emea is a target region: +25/25')).toBeVisible();
  await expect(
    page.getByText('Partner type Managed service provider is a target type: +25/25'),
  ).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'recruitment-application');

  await approveApplication(page);
  await page.getByRole('link', { name: 'Open the partner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: applicant.companyName })).toBeVisible();

  const link = await linkFromOutbox(admin.request, applicant.email, '/accept-invitation');
  const newcomerContext = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB' });
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await newcomer.getByLabel('Your name').fill(applicant.name);
  await newcomer.getByLabel(/^Password/).fill(PASSWORD);
  await newcomer.getByLabel('Repeat the password').fill(PASSWORD);
  await newcomer.getByRole('button', { name: 'Create my account' }).click();
  await expect(newcomer).toHaveURL(/\/portal$/);
  await expect(newcomer.getByRole('heading', { level: 1, name: `Welcome, ${applicant.name}` })).toBeVisible();
  await newcomerContext.close();
});

test('a channel manager lists applications by fit, rejects one with a message the applicant receives', async ({
  page,
  admin,
}) => {
  test.slow();
  const applicant = newApplicant('Tailwind');
  await submitApplication(page, applicant);

  await signIn(page, 'channel@acme.test');
  await page.goto('/console/recruitment');
  await page.getByText('Best fit first').click();
  await expect(page.getByRole('radio', { name: 'Best fit first' })).toBeChecked();
  await expect(page.getByRole('row', { name: new RegExp(applicant.companyName) })).toContainText('100/100');
  await expectAccessible(page);
  await saveScreenshot(page, 'recruitment-applications');

  await openApplication(page, applicant.companyName);
  await rejectApplication(page, 'We have enough managed service providers in your region this year.');
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const email = await emailFromOutbox(admin.request, applicant.email, 'partner_application.rejected');
  expect(email).toContain('We have enough managed service providers in your region this year.');
});

test('the Ideal Partner Profile page shows the weights, and the demo applications show a possible duplicate', async ({
  page,
}) => {
  await signIn(page, 'channel@acme.test');
  await page.goto('/console/recruitment/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Ideal Partner Profile' })).toBeVisible();
  await expect(page.getByLabel('Weight of Region')).toHaveValue('25');
  await expectAccessible(page);
  await saveScreenshot(page, 'recruitment-profile');

  await openApplication(page, 'Northwind Systems UK');
  await expect(page.getByText('This company may already be a partner')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Northwind Systems', exact: true })).toBeVisible();
});

test('the public form is accessible; an unknown program says so; partners cannot open recruitment', async ({
  page,
}) => {
  await page.goto('/apply/acme');
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveAccessibleDescription(
    'Fill in this field.',
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'recruitment-apply-form');
  await page.goto('/apply/no-such-program');
  await expect(page.getByRole('alert')).toContainText('There is no partner program at this address');
  await expectAccessible(page);
  await signIn(page, 'admin@northwind.test');
  await page.goto('/console/recruitment');
  await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
});
