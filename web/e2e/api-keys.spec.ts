import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('an admin creates an API key, sees its secret once, calls the API with it and revokes it', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'admin@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'API keys' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();

  const name = `E2E sync ${Date.now()}`;
  await page.getByRole('button', { name: 'Create API key' }).click();
  const form = page.getByRole('dialog', { name: 'Create an API key' });
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(form.getByText('Enter a name for the key.')).toBeVisible();
  await expect(form.getByText('Pick at least one scope.')).toBeVisible();
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Read organisations', { exact: true }).check();
  await form.getByRole('button', { name: 'Create key' }).click();

  const secretDialog = page.getByRole('dialog', { name: 'Your new API key' });
  await expect(secretDialog.getByText('This is the only time it is shown.', { exact: false })).toBeVisible();
  const secret = await secretDialog.getByLabel('API key').inputValue();
  expect(secret).toMatch(/^trl_/);
  await expectAccessible(page);
  await saveScreenshot(page, 'api-keys-secret');

  const asKey = { headers: { authorization: `Bearer ${secret}` } };
  expect((await request.get('/api/v1/organisations', asKey)).status()).toBe(200);

  await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
  await expect(secretDialog).toBeHidden();
  const isSecretOnPage = await page.evaluate(
    (value) =>
      document.documentElement.outerHTML.includes(value) ||
      [...document.querySelectorAll('input, textarea')].some((field) =>
        (field as HTMLInputElement).value.includes(value),
      ),
    secret,
  );
  expect(isSecretOnPage).toBe(false);

  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(row).toContainText('Read organisations');
  await expectAccessible(page);
  await saveScreenshot(page, 'api-keys');

  await row.getByRole('button', { name: `Revoke key ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke this API key?' });
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  expect((await request.get('/api/v1/organisations', asKey)).status()).toBe(401);
});

test('a partner admin offers only the scopes of their own role', async ({ page }) => {
  await signIn(page, 'admin@northwind.test');
  await page.goto('/api-keys');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const form = page.getByRole('dialog', { name: 'Create an API key' });
  await expect(form.getByLabel('Manage webhooks', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Manage the workspace', { exact: true })).toHaveCount(0);
  await expect(form.getByLabel('Read the audit trail', { exact: true })).toHaveCount(0);
});
