import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

const directory = (page: Page) => page.getByRole('table', { name: 'Partners' });

test('a channel manager finds a partner despite a typo, filters, saves a view and exports', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Partners' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(directory(page)).toBeVisible();

  await page.getByRole('textbox', { name: 'Search' }).fill('Nortwind');
  await expect(page).toHaveURL(/q=Nortwind/);
  await expect(directory(page).getByRole('link', { name: 'Northwind Systems' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Reseller' }).click();
  await expect(page).toHaveURL(/partnerType=reseller/);
  await expect(directory(page).getByRole('link', { name: 'Northwind Systems' })).toBeVisible();
  await expect(directory(page).getByRole('link', { name: 'Contoso Consulting' })).toHaveCount(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'partners-directory');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^id,name,legal_name,partner_types/);
  expect(csv).toContain('Northwind Systems');
  expect(csv).not.toContain('Contoso Consulting');

  const viewName = `Northwind resellers ${Date.now()}`;
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill(viewName);
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Back to the whole directory, then the saved view brings the filters back.
  await page.goto('/console/partners');
  await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('');
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: viewName }).click();
  await expect(page).toHaveURL(/partnerType=reseller/);
  await expect(page).toHaveURL(/q=Nortwind/);
  await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('Nortwind');
  await expect(directory(page).getByRole('link', { name: 'Northwind Systems' })).toBeVisible();

  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('button', { name: `Delete view ${viewName}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete view' }).click();
  await page.getByRole('button', { name: 'Saved views' }).click();
  await expect(page.getByRole('menuitem', { name: viewName })).toHaveCount(0);
});

test('a channel manager sets tier and partner manager and adds a primary contact', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // A partner of its own, so the demo partners other specs rely on stay as they are.
  const channel = await playwright.request.newContext({ baseURL });
  const login = await channel.post('/api/v1/auth/login', {
    data: { email: 'channel@acme.test', password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const csrf = (await channel.storageState()).cookies.find((cookie) => cookie.name === 'trellis_csrf')!;
  const name = `Tailspin Partners ${Date.now()}`;
  const created = await channel.post('/api/v1/organisations', {
    data: { name, region: 'emea', country: 'FR' },
    headers: { 'x-csrf-token': decodeURIComponent(csrf.value) },
  });
  expect(created.status()).toBe(201);
  await channel.dispose();

  await signIn(page, 'channel@acme.test');
  await page.goto('/console/partners');
  await page.getByRole('textbox', { name: 'Search' }).fill(name);
  await expect(page).toHaveURL(/q=Tailspin/);
  await directory(page).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('No contacts yet. Add the people you talk to at this partner.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Edit profile' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Tier' }).click();
  await page.getByRole('option', { name: 'Platinum' }).click();
  await form.getByRole('textbox', { name: 'Partner manager' }).click();
  await page.getByRole('option', { name: /Chloe Channel/ }).click();
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('platinum')).toBeVisible();
  await expect(page.getByText('Chloe Channel (channel@acme.test)')).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog');
  await contact.getByRole('textbox', { name: 'Name' }).fill('Théo Martin');
  await contact.getByRole('textbox', { name: 'E-mail' }).fill('theo.martin@tailspin.example');
  await contact.getByRole('textbox', { name: 'Job title' }).fill('Alliance manager');
  await contact.getByRole('checkbox', { name: 'Primary contact' }).check();
  await contact.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const contacts = page.getByRole('table', { name: 'Contacts' });
  await expect(contacts.getByRole('rowheader', { name: /Théo Martin/ })).toContainText('Primary');
  await expectAccessible(page);
  await saveScreenshot(page, 'partner-profile');
});

test('the EMEA regional manager sees Northwind but not Contoso', async ({ page }) => {
  await signIn(page, 'emea@acme.test');
  await page.goto('/console/partners?q=Northwind');
  await expect(directory(page).getByRole('link', { name: 'Northwind Systems' })).toBeVisible();
  await page.goto('/console/partners?q=Contoso');
  await expect(page.getByText('No partner matches these filters.', { exact: false })).toBeVisible();
  await expectAccessible(page);
});

test('a partner rep sees its company page but not the directory', async ({ page }) => {
  await signIn(page, 'rep@northwind.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Company profile' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Systems' })).toBeVisible();
  await expect(page.getByText('Emil Regional (emea@acme.test)')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByText('Jonas Weber')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add contact' })).toHaveCount(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'partner-company');

  await page.goto('/console/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeVisible();
});
