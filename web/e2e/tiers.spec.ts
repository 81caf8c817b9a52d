import { expect } from '@playwright/test';
import { createInvitedUser, signInWithPassword, test, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a vendor edits a tier’s rules and evaluates a partner into it; the partner sees its tier', async ({
  page,
  browser,
  admin,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const tierName = `Journey ${suffix}`;
  const partnerName = `Tier Partner ${suffix}`;
  const partner = (await admin.post('/api/v1/organisations', { name: partnerName, region: 'emea' })) as {
    id: string;
  };
  const partnerAdmin = await createInvitedUser(admin, {
    role: 'partner_admin',
    organisationId: partner.id,
    label: 'tiered',
  });

  await signIn(page, 'admin@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Partner tiers' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partner tiers' })).toBeVisible();
  await expect(page.getByText('Gold', { exact: true })).toBeVisible();

  // A tier of the test's own, at a rank no demo tier has, that no partner reaches at first.
  await page.getByRole('button', { name: 'New tier' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('textbox', { name: 'Name' }).fill(tierName);
  await editor.getByRole('textbox', { name: 'Key' }).fill(`journey${suffix}`);
  await editor.getByRole('textbox', { name: 'Rank' }).fill(String(200 + Math.floor(Math.random() * 800)));
  await editor.getByRole('button', { name: 'Add a rule' }).click();
  await editor.getByRole('textbox', { name: 'Metric' }).click();
  await page.getByRole('option', { name: 'Certifications' }).click();
  await editor.getByRole('textbox', { name: 'At least' }).fill('40');
  await expectAccessible(page);
  await editor.getByRole('button', { name: 'Save tier' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(tierName) })).toContainText(
    'Certifications: at least 40',
  );

  await page.getByRole('button', { name: `Edit ${tierName}` }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'At least' }).fill('3');
  await page.getByRole('dialog').getByRole('button', { name: 'Save tier' }).click();
  await expect(page.getByRole('row', { name: new RegExp(tierName) })).toContainText(
    'Certifications: at least 3',
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'tiers-console');

  // The partner gets three certifications, then its tier is evaluated from its page.
  await page.goto(`/console/partners/${partner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const certifications = page.getByRole('dialog').getByRole('textbox', { name: 'Certifications' });
  for (const certification of ['Architect', 'Security', 'Networking']) {
    await certifications.fill(certification);
    await certifications.press('Enter');
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Evaluate now' }).click();
  const tierCard = page.getByRole('heading', { name: 'Tier', exact: true }).locator('../..');
  await expect(tierCard.getByText(tierName)).toBeVisible();
  await expect(tierCard.getByRole('row', { name: /Evaluation/ })).toContainText(`journey${suffix}`);
  await expectAccessible(page);
  await saveScreenshot(page, 'partner-tier-card');

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signInWithPassword(partnerPage, partnerAdmin.email, partnerAdmin.password);
  await expect(partnerPage).toHaveURL(/\/portal$/);
  await partnerPage
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Your tier' })
    .click();
  await expect(partnerPage.getByRole('heading', { level: 1, name: 'Your partner tier' })).toBeVisible();
  await expect(partnerPage.getByText(tierName)).toBeVisible();
  await expect(partnerPage.getByText("You hold the programme's highest tier.")).toBeVisible();
  await expectAccessible(partnerPage);
  await saveScreenshot(partnerPage, 'portal-tier');
  await partnerContext.close();
});
