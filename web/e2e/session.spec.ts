import { expect, test } from '@playwright/test';
import { signIn } from './support/journeys.ts';

test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await signIn(page, 'owner@acme.test');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
});

test('an ended session sends the user to sign in again, and back afterwards', async ({ page }) => {
  await signIn(page, 'analyst@acme.test');
  await page.goto('/console/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  // The server forgets the session (idle timeout, password changed elsewhere): the next call says 401.
  await page.context().clearCookies({ name: 'trellis_session' });
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByText('Your session ended. Sign in again to continue.')).toBeVisible();
  await page.getByLabel('E-mail').fill('analyst@acme.test');
  await page.getByLabel('Password', { exact: true }).fill('trellis-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console\/audit$/);
});
