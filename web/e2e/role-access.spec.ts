import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a partner who opens a vendor console page is told it is not for their role', async ({ page }) => {
  await signIn(page, 'admin@northwind.test');
  await page.goto('/console/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toHaveCount(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'not-available');
  await page.getByRole('button', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL(/\/portal$/);
});

test('vendor staff see only the menus their role allows', async ({ page }) => {
  await signIn(page, 'finance@acme.test');
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation.getByRole('link')).toHaveText([
    'Home',
    'Partners',
    'Deals',
    'Deal pipeline',
    'Partner tiers',
    'Tasks',
    'People',
    'Compliance',
  ]);
  await page.goto('/console/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeVisible();
});

test('a regional manager has the approval queue but not the programme settings', async ({ page }) => {
  await signIn(page, 'emea@acme.test');
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation.getByRole('link', { name: 'Approvals' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Deal registration' })).toHaveCount(0);
  await page.goto('/console/deal-registration-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeVisible();
});

test('an analyst reaches the audit trail from the menu', async ({ page }) => {
  // The menu walk and an axe pass over the audit table: more than 30 s on a busy CI box.
  test.setTimeout(60_000);
  await signIn(page, 'analyst@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page).toHaveURL(/\/console\/audit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'audit');
});

test('an unknown address shows a page-not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page);
});
