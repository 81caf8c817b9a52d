import { expect } from '@playwright/test';
import { createInvitedUser, test } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { csrfHeaders, organisationIdByName } from './support/outbox.ts';

const PARTNER_ROLES = ['Partner administrator', 'Partner sales', 'Partner marketing', 'Partner finance'];

test("a partner admin sees only its own organisation's people and invites only into partner roles", async ({
  page,
}) => {
  await signIn(page, 'admin@northwind.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'People' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nils Rep/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Carla Contoso/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Adam Admin/ })).toHaveCount(0);
  const organisations = page.getByRole('table').getByRole('row').locator('td:nth-child(3)');
  for (const organisation of await organisations.allTextContents()) {
    expect(organisation).toBe('Northwind Systems');
  }
  await expectAccessible(page);
  await saveScreenshot(page, 'users-partner-admin');

  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await expect(dialog).toContainText('They join Northwind Systems.');
  await expect(dialog.getByLabel('Organisation')).toHaveCount(0);
  await dialog.getByLabel('Role').click();
  await expect(page.getByRole('option')).toHaveText(PARTNER_ROLES);
  await expectAccessible(page);
  await saveScreenshot(page, 'users-invite-dialog-partner');
});

test('a partner sales rep sees colleagues but no way to manage or invite them', async ({ page }) => {
  await signIn(page, 'rep@northwind.test');
  await page.goto('/users');
  await expect(page.getByRole('row', { name: /Nora Northwind/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Nils Rep/ })).toContainText('(you)');
  await expect(page.getByRole('button', { name: 'Invite someone' })).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
});

test('an administrator changes an invited user’s role, then deactivates them, and they can no longer sign in', async ({
  page,
  browser,
  admin,
}) => {
  // A whole journey through several accounts, each password hashed on a busy machine.
  test.slow();
  const { email, name, password } = await createInvitedUser(admin, {
    role: 'partner_sales',
    organisationId: await organisationIdByName(admin.request, 'Northwind Systems'),
    label: 'edited',
  });
  await signIn(page, 'admin@acme.test');

  await page.goto('/users');
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Partner sales');
  await row.getByRole('button', { name: `Edit ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await dialog.getByLabel('Role').click();
  await expect(page.getByRole('option')).toHaveText(PARTNER_ROLES);
  await page.getByRole('option', { name: 'Partner marketing' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Partner marketing');

  // Someone else renames the person while the dialog is open: saving must not overwrite it blindly.
  await row.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(dialog).toBeVisible();
  const users = await page.request.get('/api/v1/users', { params: { limit: 200 } });
  const user = ((await users.json()).data as { id: string; email: string }[]).find((u) => u.email === email);
  const renamed = await page.request.patch(`/api/v1/users/${user?.id}`, {
    headers: await csrfHeaders(page.context()),
    data: { name: `${name} Jr` },
  });
  expect(renamed.status()).toBe(200);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Partner finance' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed this person');
  await expect(dialog.getByLabel('Name')).toHaveValue(`${name} Jr`);
  await dialog.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Partner finance' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Partner finance');
  await expect(row).toContainText(`${name} Jr`);

  await row.getByRole('button', { name: `Deactivate ${name} Jr` }).click();
  const confirm = page.getByRole('dialog', { name: `Deactivate ${name} Jr?` });
  await expect(confirm).toContainText('cannot sign in until someone reactivates');
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Deactivated');

  const theirs = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB' });
  const theirPage = await theirs.newPage();
  await theirPage.goto('/sign-in');
  await theirPage.getByLabel('E-mail').fill(email);
  await theirPage.getByLabel('Password', { exact: true }).fill(password);
  await theirPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(theirPage.getByRole('alert')).toContainText('This account has been deactivated.');
  await theirs.close();
});
