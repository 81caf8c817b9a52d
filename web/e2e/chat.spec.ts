import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { type Receiver, startReceiver } from './support/receiver.ts';

let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

test('an admin connects a Slack channel, sends a test message and disconnects it', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'admin@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Slack and Teams' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slack and Teams' })).toBeVisible();

  const name = `#e2e-partners-${Date.now()}`;
  const path = `/services/T000/B000/${Date.now()}`;
  await page.getByRole('button', { name: 'Add integration' }).click();
  const form = page.getByRole('dialog', { name: 'Add a Slack or Teams integration' });
  await expect(form.getByLabel('Slack', { exact: true })).toBeChecked();
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Incoming-webhook URL').fill(`${receiver.url}${path}`);
  await form.getByLabel('Partner organisation added', { exact: true }).check();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Add integration' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Slack');
  await expect(row).toContainText('Enabled');
  await expect(row).not.toContainText(path);

  await row.getByRole('button', { name: `Send a test message to ${name}` }).click();
  await expect(page.getByText(`Test message posted to ${name}`)).toBeVisible();
  await expect(page.getByText('The service answered 200.')).toBeVisible();
  const [message] = receiver.received.filter((request) => request.path === path);
  const body = JSON.parse(message?.body ?? '{}') as { text?: unknown; blocks?: unknown };
  expect(typeof body.text).toBe('string');
  expect(Array.isArray(body.blocks)).toBe(true);
  await expectAccessible(page);
  await saveScreenshot(page, 'chat');

  await row.getByRole('button', { name: `Disable ${name}` }).click();
  await expect(row).toContainText('Disabled');

  await row.getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this integration?' });
  await confirm.getByRole('button', { name: 'Delete integration' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});
