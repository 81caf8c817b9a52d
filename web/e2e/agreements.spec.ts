import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

// EMEA only, not every partner: partners other specs create (without a region) must not be asked
// to accept it, or their notification counts would change under them. Northwind is in EMEA.
const agreementName = `Reseller Terms ${Date.now()}`;

async function openAgreement(page: Page) {
  await page.goto('/console/agreements');
  await page.getByRole('link', { name: agreementName }).click();
  await expect(page.getByRole('heading', { level: 1, name: agreementName })).toBeVisible();
}

async function publishDraft(page: Page, number: number, body: string) {
  await expect(page.getByRole('heading', { name: `Draft of version ${number}` })).toBeVisible();
  await page.getByLabel('Title').fill(`${agreementName} v${number}`);
  await page.getByLabel('Text', { exact: true }).fill(body);
  await page.getByRole('button', { name: 'Publish…' }).click();
  const dialog = page.getByRole('dialog', { name: `Publish version ${number}?` });
  await expect(dialog).toContainText('partner the agreement applies to is asked to accept it');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: new RegExp(`^Version ${number} · published`) }),
  ).toBeVisible();
}

function pendingCard(page: Page) {
  return page.getByRole('article', { name: agreementName });
}

test.describe.configure({ mode: 'serial' });

test('a channel manager writes and publishes an agreement; Northwind accepts it and gets the PDF', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partner agreements' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Partner Program Agreement' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'agreements-console');

  await page.getByRole('button', { name: 'New agreement' }).click();
  const form = page.getByRole('dialog', { name: 'New agreement' });
  await form.getByRole('button', { name: 'Create agreement' }).click();
  await expect(form.getByText('Give the agreement a name.')).toBeVisible();
  await form.getByLabel('Name').fill(agreementName);
  await form.getByLabel('Regions').fill('emea');
  await form.getByLabel('Regions').press('Enter');
  await form.getByRole('button', { name: 'Create agreement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: agreementName })).toBeVisible();

  // Text the PDF cannot print is refused next to the field, before anything is published.
  await page.getByLabel('Title').fill('Terms');
  await page.getByLabel('Text', { exact: true }).fill('パートナー契約');
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page
    .getByRole('dialog', { name: 'Publish version 1?' })
    .getByRole('button', { name: 'Publish' })
    .click();
  await expect(page.getByText(/cannot print/)).toBeVisible();

  await publishDraft(page, 1, 'Version one.\n\nResellers keep the price list confidential.');
  await expect(page.getByRole('heading', { name: 'Draft of version 2' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'agreement-console-detail');

  await page.context().clearCookies();
  await signIn(page, 'admin@northwind.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Agreements' })
    .click();
  const card = pendingCard(page);
  await expect(card).toContainText('Resellers keep the price list confidential.');
  await expectAccessible(page);
  await saveScreenshot(page, 'agreements-portal-pending');

  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(card.getByText('Type your full name.')).toBeVisible();
  await card.getByLabel('Your full name').fill('Nora Northwind');
  await card.getByLabel('I accept this agreement on behalf of Northwind Systems').check();
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(card).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: `${agreementName}, version 1` });
  await expect(row).toContainText('Nora Northwind');
  const shownHash = (await row.getByTestId('pdf-sha256').textContent())?.trim();
  expect(shownHash).toMatch(/^[0-9a-f]{64}$/);
  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: 'Download PDF' }).click();
  const pdf = await readFile(await (await download).path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(pdf).digest('hex')).toBe(shownHash);
  await expectAccessible(page);
  await saveScreenshot(page, 'agreements-portal-accepted');
});

test('a new version asks Northwind again; a sales rep reads it but cannot accept', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await openAgreement(page);
  await publishDraft(page, 2, 'Version two.\n\nResellers keep the price list confidential for five years.');
  await expect(page.getByRole('row').filter({ hasText: 'Northwind Systems' })).toContainText('version 1');

  await page.context().clearCookies();
  await signIn(page, 'admin@northwind.test');
  await page.goto('/portal/agreements');
  const card = pendingCard(page);
  await expect(card).toContainText('New version');
  await expect(card).toContainText('for five years');
  await expect(card.getByRole('button', { name: 'Accept' })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'rep@northwind.test');
  await page.goto('/portal/agreements');
  await expect(pendingCard(page)).toContainText('for five years');
  await expect(pendingCard(page).getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expect(pendingCard(page)).toContainText(
    "Your organisation's administrator must accept this agreement.",
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'agreements-portal-rep');

  // Retire it so no other spec meets it.
  await page.context().clearCookies();
  await signIn(page, 'channel@acme.test');
  await openAgreement(page);
  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive this agreement?' });
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This agreement is archived')).toBeVisible();
});
