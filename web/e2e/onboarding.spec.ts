import { expect } from '@playwright/test';
import {
  createInvitedUser,
  createPartnerOrganisation,
  signInWithPassword,
  test,
  uniqueSuffix,
} from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import {
  createJourneyInConsole,
  progressRowInConsole,
  startOnboardingOnProfile,
  tickChecklistItemInPortal,
} from './support/onboarding.ts';

test('a channel manager onboards a new partner; its admin ticks the checklist and the console shows the progress', async ({
  page,
  admin,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  // A partner of this test's own, so no other spec's onboarding is in the way.
  const partnerName = `Onboarded Partner ${suffix}`;
  const partner = await createPartnerOrganisation(admin, partnerName);
  const partnerAdmin = await createInvitedUser(admin, {
    role: 'partner_admin',
    organisationId: partner.id,
    label: 'onboarded-admin',
  });
  const journeyName = `Reseller onboarding ${suffix}`;
  const kickOff = `Book the kick-off call ${suffix}`;

  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Onboarding' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeVisible();
  await expect(page.getByText('Completion rate')).toBeVisible();
  await createJourneyInConsole(page, {
    name: journeyName,
    customStep: kickOff,
    agreementName: 'Acme Partner Program Agreement',
  });
  await expectAccessible(page);
  await saveScreenshot(page, 'onboarding-console');

  const card = await startOnboardingOnProfile(page, partner.id, journeyName);
  await expect(card.getByText('0 of 2 steps done')).toBeVisible();
  await expect(card.getByText(kickOff)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Partner health' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'onboarding-partner-profile');

  await page.context().clearCookies();
  await signInWithPassword(page, partnerAdmin.email, partnerAdmin.password);
  await expect(page).toHaveURL(/\/portal$/);
  await tickChecklistItemInPortal(page, kickOff);
  await expect(page.getByText('1 of 2 steps done').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to agreements' })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'onboarding-portal-checklist');

  await page.context().clearCookies();
  await signIn(page, 'channel@acme.test');
  await page.goto('/console/onboarding');
  await page
    .locator('label')
    .filter({ hasText: /^In progress$/ })
    .click();
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(progressRowInConsole(page, partnerName)).toContainText('1 of 2 steps done');
  await saveScreenshot(page, 'onboarding-console-progress');

  await page.goto('/console/partners');
  await expect(page.getByRole('columnheader', { name: 'Health' })).toBeVisible();
});
