import { expect } from '@playwright/test';
import { createInvitedUser, signInWithPassword, test } from './support/account-fixtures.ts';

test('the sign-in page switches language before anyone signs in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion à Trellis' })).toBeVisible();
  await expect(page.getByLabel('Mot de passe', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a user switches language and it stays on their profile', async ({ page, admin }) => {
  // A channel manager of the test's own: a demo user left in Japanese would fail other specs.
  test.slow();
  const user = await createInvitedUser(admin, { role: 'channel_manager', label: 'polyglot' });
  await signInWithPassword(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.name}` })).toBeVisible();
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();
  await expect(page.getByTestId('area-name')).toHaveText('Hersteller-Konsole');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // Another browser (no local preference) gets German from the profile after signing in.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await signInWithPassword(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `Willkommen, ${user.name}` })).toBeVisible();

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '日本語' }).click();
  const japaneseWelcome = page.getByRole('heading', { level: 1, name: `ようこそ、${user.name} さん` });
  await expect(japaneseWelcome).toBeVisible();

  // The profile wins over what this browser remembered.
  await page.evaluate(() => localStorage.setItem('trellis.locale', 'en'));
  await page.reload();
  await expect(japaneseWelcome).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
