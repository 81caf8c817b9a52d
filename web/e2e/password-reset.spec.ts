import { expect } from '@playwright/test';
import { createInvitedUser, test } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot } from './support/journeys.ts';
import { linkFromOutbox, organisationIdByName } from './support/outbox.ts';

test('someone who forgot their password gets a link by e-mail, chooses a new one and signs in with it', async ({
  browser,
  baseURL,
  admin,
}) => {
  // A whole journey through several accounts, each password hashed on a busy machine.
  test.slow();
  const newPassword = 'another long passphrase';
  const { email } = await createInvitedUser(admin, {
    role: 'partner_sales',
    organisationId: await organisationIdByName(admin.request, 'Northwind Systems'),
    label: 'forgetful',
  });

  const theirs = await browser.newContext({ baseURL, locale: 'en-GB' });
  const visitor = await theirs.newPage();
  await visitor.goto('/sign-in');
  await visitor.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(visitor).toHaveURL(/\/reset-password$/);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectAccessible(visitor);
  await saveScreenshot(visitor, 'reset-password-request');
  await visitor.getByLabel('E-mail').fill(email);
  await visitor.getByRole('button', { name: 'Send the link' }).click();
  await expect(visitor.getByRole('status')).toContainText(`If an account exists for ${email}`);

  const link = await linkFromOutbox(admin.request, email, '/reset-password');
  await visitor.goto(link);
  await expectAccessible(visitor);
  await saveScreenshot(visitor, 'reset-password-choose');
  await visitor.getByLabel(/^New password/).fill('short');
  await visitor.getByLabel('Repeat the new password').fill('short');
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await expect(visitor.getByLabel(/^New password/)).toHaveAccessibleDescription(/Use at least 10 characters/);
  await visitor.getByLabel(/^New password/).fill(newPassword);
  await visitor.getByLabel('Repeat the new password').fill(newPassword);
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await expect(visitor).toHaveURL(/\/sign-in\?reason=password-reset$/);
  await expect(visitor.getByRole('status')).toContainText('Your password has been changed.');

  await visitor.getByLabel('E-mail').fill(email);
  await visitor.getByLabel('Password', { exact: true }).fill(newPassword);
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await expect(visitor).toHaveURL(/\/portal$/);

  // The link was good once.
  await visitor.goto(link);
  await visitor.getByLabel(/^New password/).fill(newPassword);
  await visitor.getByLabel('Repeat the new password').fill(newPassword);
  await visitor.getByRole('button', { name: 'Save the new password' }).click();
  await expect(visitor.getByRole('alert')).toContainText('This reset link can no longer be used');
  await theirs.close();
});

test('a reset link that is not valid says so and offers a new one', async ({ page }) => {
  await page.goto(`/reset-password?token=${'x'.repeat(43)}`);
  await page.getByLabel(/^New password/).fill('a long enough passphrase');
  await page.getByLabel('Repeat the new password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This reset link can no longer be used');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Request a new link' }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
  await expect(page.getByRole('button', { name: 'Send the link' })).toBeVisible();
});
