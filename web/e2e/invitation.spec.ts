import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { csrfHeaders, linkFromOutbox, organisationIdByName } from './support/outbox.ts';

const NEW_PASSWORD = 'a long enough passphrase';

test('a vendor admin invites a partner user, who accepts the e-mailed link and lands in the portal', async ({
  page,
  browser,
}) => {
  // A whole journey through several accounts, each password hashed on a busy machine.
  test.slow();
  const stamp = Date.now();
  const email = `new-${stamp}@example.test`;
  await signIn(page, 'admin@acme.test');
  await page.goto('/users');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  // The vendor's staff see everyone: their colleagues and the partners' people.
  await expect(page.getByRole('row', { name: /Adam Admin/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nora Northwind/ })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'users-vendor-admin');

  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('E-mail').fill(email);
  await expectAccessible(page);
  await saveScreenshot(page, 'users-invite-dialog');
  await dialog.getByLabel('Organisation').fill('Northwind');
  await page.getByRole('option', { name: 'Northwind Systems' }).click();
  await dialog.getByLabel('Role').click();
  // A partner organisation's people get partner roles only.
  await expect(page.getByRole('option')).toHaveText([
    'Partner administrator',
    'Partner sales',
    'Partner marketing',
    'Partner finance',
  ]);
  await page.getByRole('option', { name: 'Partner sales' }).click();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('tab', { name: 'Invitations', selected: true })).toBeVisible();
  const invitation = page.getByRole('row', { name: new RegExp(email) });
  await expect(invitation).toContainText('Pending');
  await expect(invitation).toContainText('Northwind Systems');
  await expect(invitation).toContainText('Partner sales');

  const link = await linkFromOutbox(page.request, email, '/accept-invitation');
  const newcomerContext = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB' });
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
  await expectAccessible(newcomer);
  await saveScreenshot(newcomer, 'accept-invitation');

  await newcomer.getByLabel('Your name').fill(`Nina Newcomer ${stamp}`);
  await newcomer.getByLabel(/^Password/).fill(NEW_PASSWORD);
  await newcomer.getByLabel('Repeat the password').fill(`${NEW_PASSWORD}!`);
  await newcomer.getByRole('button', { name: 'Create my account' }).click();
  await expect(newcomer.getByLabel('Repeat the password')).toHaveAccessibleDescription(
    'The two passwords are not the same',
  );
  await newcomer.getByLabel('Repeat the password').fill(NEW_PASSWORD);
  await newcomer.getByRole('button', { name: 'Create my account' }).click();
  await expect(newcomer).toHaveURL(/\/portal$/);
  await expect(
    newcomer.getByRole('heading', { level: 1, name: `Welcome, Nina Newcomer ${stamp}` }),
  ).toBeVisible();
  await newcomerContext.close();

  await page.reload();
  await page.getByRole('tab', { name: 'Invitations' }).click();
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Accepted');
});

test('an invitation page opened without its link, or with a used one, says what to do', async ({ page }) => {
  await page.goto('/accept-invitation');
  await expect(page.getByRole('alert')).toContainText('opens from the link in your invitation e-mail');
  await expectAccessible(page);

  await page.goto(`/accept-invitation?token=${'x'.repeat(43)}`);
  await page.getByLabel('Your name').fill('Somebody');
  await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
  await page.getByLabel('Repeat the password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('alert')).toContainText('This invitation link can no longer be used');
  await page.getByRole('link', { name: 'Go to sign-in' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an administrator revokes an invitation, and its link stops working', async ({ page }) => {
  const email = `revoked-${Date.now()}@example.test`;
  await signIn(page, 'admin@acme.test');
  const invited = await page.request.post('/api/v1/invitations', {
    headers: await csrfHeaders(page.context()),
    data: {
      email,
      role: 'partner_sales',
      organisationId: await organisationIdByName(page.request, 'Northwind Systems'),
    },
  });
  expect(invited.status()).toBe(201);

  await page.goto('/users');
  await page.getByRole('tab', { name: 'Invitations' }).click();
  const invitation = page.getByRole('row', { name: new RegExp(email) });
  await expect(invitation).toContainText('Pending');
  await invitation.getByRole('button', { name: `Revoke the invitation for ${email}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke this invitation?' });
  await expect(dialog).toContainText(email);
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(invitation).toContainText('Revoked');
  await expect(invitation.getByRole('button')).toHaveCount(0);

  await page.goto(await linkFromOutbox(page.request, email, '/accept-invitation'));
  await page.getByLabel('Your name').fill('Too Late');
  await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
  await page.getByLabel('Repeat the password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('alert')).toContainText('This invitation link can no longer be used');
});
