import { expect, type Page, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { csrfHeaders } from './support/outbox.ts';
import { type Receiver, startReceiver } from './support/receiver.ts';

let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

/** Writes through the API as the signed-in user: the session cookie plus its CSRF token. */
async function createOrganisation(page: Page, name: string) {
  const response = await page.request.post('/api/v1/organisations', {
    data: { name },
    headers: await csrfHeaders(page.context()),
  });
  expect(response.status()).toBe(201);
}

/** The deliveries of one event to this test's receiver: other tests create organisations too. */
function deliveriesOf(organisationName: string) {
  return receiver.received.filter((request) => {
    const body = JSON.parse(request.body) as { type: string; data: { after: { name?: string } | null } };
    return body.type === 'organisation.created' && body.data.after?.name === organisationName;
  });
}

test('an admin registers a webhook, receives a signed delivery, sees it and replays it', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Webhooks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

  const url = `${receiver.url}/trellis/${Date.now()}`;
  await page.getByRole('button', { name: 'Register endpoint' }).click();
  const form = page.getByRole('dialog', { name: 'Register a webhook endpoint' });
  await form.getByLabel('URL', { exact: true }).fill('not a url');
  await form.getByRole('button', { name: 'Register' }).click();
  await expect(form.getByText('Enter a full http or https URL.')).toBeVisible();
  await form.getByLabel('URL', { exact: true }).fill(url);
  await form.getByLabel('Description (optional)').fill('E2E CRM sync');
  await form.getByLabel('Partner organisation added', { exact: true }).check();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Register' }).click();

  const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
  const secret = await secretDialog.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
  await expect(secretDialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: url });
  await expect(row).toContainText('Partner organisation added');
  await expect(row).toContainText('Enabled');

  const organisationName = `E2E Webhook Partner ${Date.now()}`;
  await createOrganisation(page, organisationName);
  await expect.poll(() => deliveriesOf(organisationName).length, { timeout: 20_000 }).toBe(1);
  const [first] = deliveriesOf(organisationName);
  expect(first?.headers['webhook-id']).toMatch(/^whdl_/);
  const verified = new Webhook(secret).verify(first?.body ?? '', {
    'webhook-id': String(first?.headers['webhook-id']),
    'webhook-timestamp': String(first?.headers['webhook-timestamp']),
    'webhook-signature': String(first?.headers['webhook-signature']),
  });
  expect(verified).toMatchObject({ type: 'organisation.created' });

  await expect(row).toContainText(/Delivered|None yet/);
  await expectAccessible(page);
  await saveScreenshot(page, 'webhooks');

  await row.getByRole('link', { name: url }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();
  const deliveries = page.getByRole('region', { name: 'Deliveries' });
  const delivery = deliveries.getByRole('row').filter({ hasText: 'Partner organisation added' });
  await expect(async () => {
    await deliveries.getByRole('button', { name: 'Refresh' }).click();
    await expect(delivery).toContainText('Delivered', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
  await saveScreenshot(page, 'webhook-endpoint');

  await delivery.getByRole('button', { name: 'Details of Partner organisation added' }).click();
  const detail = page.getByRole('dialog', { name: 'Delivery' });
  await expect(detail.getByRole('cell', { name: '200', exact: true })).toBeVisible();
  await expect(detail).toContainText(organisationName);
  await expectAccessible(page);
  await saveScreenshot(page, 'webhook-delivery');
  await detail.getByRole('button', { name: 'Replay' }).click();
  await expect(detail.getByText('The delivery is being sent again.', { exact: false })).toBeVisible();
  await expect.poll(() => deliveriesOf(organisationName).length, { timeout: 20_000 }).toBe(2);
  expect(deliveriesOf(organisationName)[1]?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
  await detail.getByRole('button', { name: 'Close' }).last().click();

  // A partner admin manages webhooks too, but only their own organisation's.
  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, 'admin@northwind.test');
  await partnerPage.goto('/webhooks');
  await expect(partnerPage.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(
    partnerPage.getByRole('table').or(partnerPage.getByText('No webhook endpoints yet.', { exact: false })),
  ).toBeVisible();
  await expect(partnerPage.getByText(url)).toHaveCount(0);
  await partnerContext.close();

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this endpoint?' });
  await confirm.getByRole('button', { name: 'Delete endpoint' }).click();
  await expect(page).toHaveURL(/\/webhooks$/);
  await expect(page.getByRole('row').filter({ hasText: url })).toHaveCount(0);
});

test('an admin rotates a signing secret and disables an endpoint', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'admin@acme.test');
  await page.goto('/webhooks');
  const url = `${receiver.url}/rotate/${Date.now()}`;
  await page.getByRole('button', { name: 'Register endpoint' }).click();
  const form = page.getByRole('dialog', { name: 'Register a webhook endpoint' });
  await form.getByLabel('URL', { exact: true }).fill(url);
  await form.getByRole('button', { name: 'Register' }).click();
  const firstSecret = await page
    .getByRole('dialog', { name: 'Signing secret' })
    .getByLabel('Signing secret')
    .inputValue();
  await page.getByRole('button', { name: 'I have stored it' }).click();

  await page.getByRole('row').filter({ hasText: url }).getByRole('link', { name: url }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
  await expect(confirm).toContainText('24 hours');
  await confirm.getByRole('button', { name: 'Rotate secret' }).click();
  const rotated = page.getByRole('dialog', { name: 'New signing secret' });
  const newSecret = await rotated.getByLabel('Signing secret').inputValue();
  expect(newSecret).toMatch(/^whsec_/);
  expect(newSecret).not.toBe(firstSecret);
  await rotated.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByText('Still signs until', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('button', { name: 'Enable' })).toBeVisible();
  await expect(page.getByText('Disabled by an administrator.')).toBeVisible();
});
