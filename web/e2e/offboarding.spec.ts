import { expect } from '@playwright/test';
import { createInvitedUser, signInWithPassword, test, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a vendor offboards a partner: its signed-in user is sent to sign-in and refused; reactivation lets them back', async ({
  page,
  browser,
  admin,
}) => {
  test.setTimeout(120_000);
  const partnerName = `Offboarded Partner ${uniqueSuffix()}`;
  const partner = (await admin.post('/api/v1/organisations', { name: partnerName, region: 'emea' })) as {
    id: string;
  };
  const person = await createInvitedUser(admin, {
    role: 'partner_admin',
    organisationId: partner.id,
    label: 'leaver',
  });

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signInWithPassword(partnerPage, person.email, person.password);
  await expect(partnerPage).toHaveURL(/\/portal$/);

  await signIn(page, 'admin@acme.test');
  await page.goto(`/console/partners/${partner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await page.getByRole('button', { name: 'Offboard partner' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Offboard partner' }).click();
  await expect(dialog.getByText('Say why the partner is offboarded.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Contract ended');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Offboard partner' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText("This partner's people have no access.", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'partner-offboarded');

  // The partner's open session ends on its very next navigation.
  await partnerPage
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Company profile' })
    .click();
  await expect(partnerPage).toHaveURL(/\/sign-in/);
  await signInWithPassword(partnerPage, person.email, person.password);
  await expect(partnerPage.getByText('This account has been deactivated.')).toBeVisible();

  // The directory finds offboarded partners by status.
  await page.goto(`/console/partners?status=inactive&q=${encodeURIComponent(partnerName)}`);
  await expect(
    page.getByRole('table', { name: 'Partners' }).getByRole('link', { name: partnerName }),
  ).toBeVisible();

  await page.goto(`/console/partners/${partner.id}`);
  await page.getByRole('button', { name: 'Reactivate partner' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Offboard partner' })).toBeVisible();

  await signInWithPassword(partnerPage, person.email, person.password);
  await expect(partnerPage).toHaveURL(/\/portal$/);
  await partnerContext.close();
});
