import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('the sign-in page is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel('E-mail')).toBeEnabled();
  await expectAccessible(page);
  await saveScreenshot(page, 'sign-in');
});

test('a vendor admin lands on the vendor console home', async ({ page }) => {
  await signIn(page, 'admin@acme.test', { expectedPath: /\/console$/ });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Adam Admin' })).toBeVisible();
  await expect(page.getByText('Administrator at Acme Cloud')).toBeVisible();
  await expect(page.getByTestId('area-name')).toHaveText('Vendor console');
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation.getByRole('link')).toHaveText([
    'Home',
    'Partners',
    'Deals',
    'Approvals',
    'Deal disputes',
    'Deal pipeline',
    'Customer accounts',
    'Recruitment',
    'Partner tiers',
    'Onboarding',
    'Tasks',
    'People',
    'Automation rules',
    'Slack and Teams',
    'API keys',
    'Webhooks',
    'Audit trail',
    'Branding',
    'Agreements',
    'Compliance',
    'Rules of engagement',
    'Deal registration',
  ]);
  // The demo has two partners (Northwind, Contoso); other specs add more while this one runs.
  // The figures load after the page.
  const partnersCard = page.getByRole('main').getByText('Partners', { exact: true }).locator('..');
  await expect(partnersCard).toContainText(/\d/);
  const partners = Number((await partnersCard.textContent())?.match(/(\d[\d,]*)/)?.[1]?.replace(',', ''));
  expect(partners).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);
  await saveScreenshot(page, 'vendor-home');
});

test('a partner sales rep lands on the partner portal home', async ({ page }) => {
  await signIn(page, 'rep@northwind.test', { expectedPath: /\/portal$/ });
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Nils Rep' })).toBeVisible();
  await expect(
    page.getByText('You are signed in to the partner portal for Northwind Systems.'),
  ).toBeVisible();
  await expect(page.getByText('Partner of Acme Cloud')).toBeVisible();
  await expect(page.getByTestId('area-name')).toHaveText('Partner portal');
  // A partner never sees a vendor menu.
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation.getByRole('link')).toHaveText([
    'Home',
    'Deals',
    'Deal disputes',
    'Deal pipeline',
    'Rules of engagement',
    'Company profile',
    'Onboarding',
    'Agreements',
    'Your tier',
    'Tasks',
    'People',
  ]);
  await expectAccessible(page);
  await saveScreenshot(page, 'partner-home');
});

test('a wrong password is explained next to the password field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('sales@acme.test');
  await page.getByLabel('Password', { exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('This password does not match the e-mail address');
  await expect(page.getByLabel('E-mail')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
  await saveScreenshot(page, 'sign-in-wrong-password');
});

test('empty fields are flagged before anything is sent', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription('Enter your e-mail address');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
    'Enter your password',
  );
});
