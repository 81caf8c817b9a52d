import { expect } from '@playwright/test';
import {
  type ApiSession,
  apiSession,
  createInvitedUser,
  createPartnerOrganisation,
  signInWithPassword,
  test,
  uniqueSuffix,
} from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

/**
 * A partner of the test's own with one administrator: they hear when someone joins their
 * organisation, and nothing else in the shared demo data reaches them.
 */
async function partnerWithAdministrator(admin: ApiSession) {
  const organisation = await createPartnerOrganisation(admin, `Notified Partner ${uniqueSuffix()}`);
  const partnerAdmin = await createInvitedUser(admin, {
    role: 'partner_admin',
    organisationId: organisation.id,
    label: 'administrator',
  });
  const addColleague = (label: string) =>
    createInvitedUser(admin, { role: 'partner_sales', organisationId: organisation.id, label });
  return { partnerAdmin, addColleague };
}

test('a notification reaches the bell and the centre, and reading it counts down', async ({
  page,
  baseURL,
  admin,
}) => {
  test.setTimeout(120_000);
  const { partnerAdmin, addColleague } = await partnerWithAdministrator(admin);
  const first = await addColleague('first');
  const own = await apiSession(baseURL!, partnerAdmin.email, partnerAdmin.password);
  // The worker turns the event into a notification in the background.
  await expect
    .poll(async () => (await own.get('/api/v1/notifications/unread-count')).count, { timeout: 20_000 })
    .toBe(1);

  await signInWithPassword(page, partnerAdmin.email, partnerAdmin.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('link', { name: 'Notifications: 1 unread' })).toBeVisible();

  // While the page is open, the bell polls for news.
  const second = await addColleague('second');
  await expect(page.getByRole('link', { name: 'Notifications: 2 unread' })).toBeVisible({ timeout: 60_000 });
  await own.dispose();

  await page.getByRole('link', { name: 'Notifications: 2 unread' }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const items = page.getByTestId('notification');
  await expect(items).toHaveCount(2);
  // Newest first.
  await expect(items.nth(0)).toContainText(`${second.name} joined`);
  await expect(items.nth(1)).toContainText(`${first.name} joined`);
  await expect(page.locator('[data-testid="notification"][data-unread="true"]')).toHaveCount(2);
  await expectAccessible(page);
  await saveScreenshot(page, 'notifications-partner');

  await page.getByRole('button', { name: `Mark as read: ${first.name} joined` }).click();
  await expect(page.getByRole('link', { name: 'Notifications: 1 unread' })).toBeVisible();
  await expect(items.nth(1)).not.toHaveAttribute('data-unread', 'true');
  await expect(items.nth(0)).toHaveAttribute('data-unread', 'true');

  // The segmented control's radio inputs are visually hidden; people click their labels.
  await page
    .locator('label')
    .filter({ hasText: /^Unread$/ })
    .click();
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('link', { name: 'Notifications: none unread' })).toBeVisible();
  await expect(page.getByText('You have read everything.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
});

test('a channel turned off for an event type stays off', async ({ page, admin }) => {
  test.slow();
  const { partnerAdmin } = await partnerWithAdministrator(admin);
  await signInWithPassword(page, partnerAdmin.email, partnerAdmin.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Your account' }).click();

  const settings = page.getByRole('region', { name: 'Notifications' });
  const apiKeyByEmail = settings.getByRole('checkbox', { name: 'E-mail: API key created' });
  const save = settings.getByRole('button', { name: 'Save notification settings' });
  await expect(apiKeyByEmail).toBeChecked();
  await expect(save).toBeDisabled();
  // A partner administrator never hears about new partners: it is not offered.
  await expect(settings.getByText('Partner organisation added')).toHaveCount(0);

  await apiKeyByEmail.uncheck();
  await expect(settings.getByText('You have unsaved changes.')).toBeVisible();
  await save.click();
  await expect(page.getByText('Your notification settings were saved.')).toBeVisible();
  await expect(save).toBeDisabled();

  await page.reload();
  await expect(apiKeyByEmail).not.toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'In the app: API key created' })).toBeChecked();
});

for (const { who, email } of [
  { who: 'vendor', email: 'admin@acme.test' },
  { who: 'partner-empty', email: 'rep@northwind.test' },
]) {
  test(`the notification centre is accessible (${who})`, async ({ page }) => {
    await signIn(page, email);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Notifications' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await expectAccessible(page);
    await saveScreenshot(page, `notifications-${who}`);
  });
}
