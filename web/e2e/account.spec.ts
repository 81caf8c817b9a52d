import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import {
  type ApiSession,
  createInvitedUser,
  type InvitedUser,
  signInWithPassword,
  test,
} from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

/** A vendor analyst of the tests' own: demo users' profiles must stay as they are. */
function newVendorUser(admin: ApiSession, label: string): Promise<InvitedUser> {
  // Inviting, accepting and signing in again take a while on a busy machine.
  test.slow();
  return createInvitedUser(admin, { role: 'analyst', label });
}

async function openAccountFromUserMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `${name} – Account menu` }).click();
  await page.getByRole('menuitem', { name: 'Your account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

test('a person renames themselves and switches the interface language on their account page', async ({
  page,
  admin,
}) => {
  const user = await newVendorUser(admin, 'profile');
  await signInWithPassword(page, user.email, user.password);
  await expect(page).toHaveURL(/\/console$/);
  await openAccountFromUserMenu(page, user.name);

  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText(user.email)).toBeVisible();
  await expect(profile.getByText('Analyst')).toBeVisible();
  await expect(profile.getByText('Acme Cloud')).toBeVisible();

  const name = profile.getByLabel('Name');
  await name.fill('   ');
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(name).toHaveAccessibleDescription('Enter your name');

  const newName = `Renamed ${user.name}`;
  await name.fill(newName);
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name was saved.')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveAccessibleName(`${newName} – Account menu`);

  await profile.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Konto' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Konto' })).toBeVisible();

  await page.getByRole('region', { name: 'Profil' }).getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a wrong current password is named at its field; the right one changes the password', async ({
  page,
  admin,
}) => {
  const user = await newVendorUser(admin, 'password');
  await signInWithPassword(page, user.email, user.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto('/account');

  const section = page.getByRole('region', { name: 'Password' });
  const current = section.getByLabel('Current password');
  const next = section.getByLabel('New password', { exact: true });
  const repeat = section.getByLabel('Repeat the new password');
  const submit = section.getByRole('button', { name: 'Change password' });

  await next.fill('short');
  await repeat.fill('different');
  await submit.click();
  await expect(current).toHaveAccessibleDescription('Enter your current password');
  await expect(next).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(repeat).toHaveAccessibleDescription('The two new passwords are not the same');

  const newPassword = `second-password-${Date.now()}`;
  await current.fill('not-my-password');
  await next.fill(newPassword);
  await repeat.fill(newPassword);
  await submit.click();
  await expect(current).toHaveAccessibleDescription('This is not your current password');

  await current.fill(user.password);
  await submit.click();
  await expect(page.getByText('Your password was changed.')).toBeVisible();
  await expect(current).toHaveValue('');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signInWithPassword(page, user.email, user.password);
  await expect(page.getByText('This password does not match the e-mail address')).toBeVisible();
  await signInWithPassword(page, user.email, newPassword);
  await expect(page).toHaveURL(/\/console$/);
});

test('two-step verification set up on the account page is asked for at the next sign-in', async ({
  page,
  admin,
}) => {
  const user = await newVendorUser(admin, 'totp');
  await signInWithPassword(page, user.email, user.password);
  await expect(page).toHaveURL(/\/console$/);
  await page.goto('/account');

  const section = page.getByRole('region', { name: 'Two-step verification' });
  await expect(section.getByTestId('two-step-status')).toHaveText('Off');
  await section.getByRole('button', { name: 'Set up two-step verification' }).click();
  const secret = (await section.getByTestId('totp-secret').textContent()) ?? '';
  await expect(section.getByTestId('totp-uri')).toContainText(`secret=${secret}`);
  await expectAccessible(page);
  // A full-page screenshot of a scrolled page draws the fixed header halfway down.
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'account-two-step-enrolment');

  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const code = section.getByLabel('Code from the app');
  await code.fill('12a');
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(code).toHaveAccessibleDescription('Enter the 6 digits shown in your app');
  const current = totp.generate();
  await code.fill(current === '000000' ? '111111' : '000000');
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(code).toHaveAccessibleDescription('This code is not valid; try the current one.');
  await code.fill(totp.generate());
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(section.getByTestId('two-step-status')).toHaveText('On');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signInWithPassword(page, user.email, user.password);
  await page.getByLabel('Code').fill(totp.generate());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/console$/);

  // Turning it off asks for a current code, in a dialog.
  await page.goto('/account');
  await section.getByRole('button', { name: 'Turn off two-step verification' }).click();
  const dialog = page.getByRole('dialog', { name: 'Turn off two-step verification?' });
  await dialog.getByLabel('Code from the app').fill(totp.generate());
  await dialog.getByRole('button', { name: 'Turn off two-step verification' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('two-step-status')).toHaveText('Off');
});

for (const { who, email } of [
  { who: 'vendor', email: 'analyst@acme.test' },
  { who: 'partner', email: 'rep@northwind.test' },
]) {
  test(`the account page is accessible to a ${who} user`, async ({ page }) => {
    await signIn(page, email);
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Notifications' })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, `account-${who}`);
  });
}
