import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { test, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { createJourneyInConsole, tickChecklistItemInPortal } from './support/onboarding.ts';
import { linkFromOutbox } from './support/outbox.ts';
import {
  approveApplication,
  newApplicant,
  openApplication,
  submitApplication,
} from './support/recruitment.ts';

const PASSWORD = 'a long enough passphrase';
const PROGRAM_AGREEMENT = 'Acme Partner Program Agreement';

/**
 * The whole way in, through the UI only: a company applies on the public page, a channel manager
 * reads its fit score and approves it, the applicant accepts the e-mailed invitation, works
 * through the onboarding checklist in the portal (a checklist item and the program agreement,
 * whose PDF it downloads and checks against the shown SHA-256), and the console sees it onboarded.
 */
test('apply → scored → approved → invitation accepted → checklist completed → agreement PDF verified', async ({
  page,
  browser,
  admin,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const journeyName = `MSP onboarding ${suffix}`;
  const kickOff = `Book the kick-off call ${suffix}`;
  const applicant = newApplicant('Lifecycle');

  // A journey for managed service providers only: more specific than any other, so it is the one
  // an approved MSP starts.
  await signIn(page, 'channel@acme.test');
  await createJourneyInConsole(page, {
    name: journeyName,
    customStep: kickOff,
    agreementName: PROGRAM_AGREEMENT,
    partnerType: 'Managed service provider',
  });
  await page.context().clearCookies();

  await submitApplication(page, applicant);

  await signIn(page, 'channel@acme.test');
  await openApplication(page, applicant.companyName);
  await expect(page.getByText('100/100').first()).toBeVisible();
  await expect(page.getByText('Region emea is a target region: +25/25')).toBeVisible();
  await approveApplication(page);
  await page.getByRole('link', { name: 'Open the partner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: applicant.companyName })).toBeVisible();
  const onboardingCard = page.getByRole('region', { name: 'Onboarding' });
  await expect(onboardingCard.getByText(new RegExp(`^${journeyName}, started on`))).toBeVisible();
  await expect(onboardingCard.getByText('0 of 2 steps done')).toBeVisible();
  const partnerUrl = page.url();

  const invitation = await linkFromOutbox(admin.request, applicant.email, '/accept-invitation');
  const partnerContext = await browser.newContext({ baseURL: new URL(partnerUrl).origin, locale: 'en-GB' });
  const portal = await partnerContext.newPage();
  await portal.goto(invitation);
  await portal.getByLabel('Your name').fill(applicant.name);
  await portal.getByLabel(/^Password/).fill(PASSWORD);
  await portal.getByLabel('Repeat the password').fill(PASSWORD);
  await portal.getByRole('button', { name: 'Create my account' }).click();
  await expect(portal).toHaveURL(/\/portal$/);

  await tickChecklistItemInPortal(portal, kickOff);
  await expect(portal.getByText('1 of 2 steps done').first()).toBeVisible();
  await portal.getByRole('link', { name: 'Go to agreements' }).click();

  const card = portal.getByRole('article', { name: PROGRAM_AGREEMENT });
  await card.getByLabel('Your full name').fill(applicant.name);
  await card.getByLabel(`I accept this agreement on behalf of ${applicant.companyName}`).check();
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(card).toBeHidden();
  const acceptance = portal.getByRole('row').filter({ hasText: PROGRAM_AGREEMENT });
  await expect(acceptance).toContainText(applicant.name);
  const shownHash = (await acceptance.getByTestId('pdf-sha256').textContent())?.trim();
  expect(shownHash).toMatch(/^[0-9a-f]{64}$/);
  const download = portal.waitForEvent('download');
  await acceptance.getByRole('link', { name: 'Download PDF' }).click();
  const pdf = await readFile(await (await download).path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(pdf).digest('hex')).toBe(shownHash);

  // Accepting the agreement ticks its step (a moment later, when the event is dispatched).
  await portal
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Onboarding' })
    .click();
  await expect(async () => {
    await portal.reload();
    await expect(portal.getByText('2 of 2 steps done').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(portal.getByText('Completed')).toBeVisible();
  await expectAccessible(portal);
  await saveScreenshot(portal, 'lifecycle-portal-onboarded');
  await partnerContext.close();

  await page.goto(partnerUrl);
  await expect(onboardingCard.getByText('2 of 2 steps done')).toBeVisible();
  await saveScreenshot(page, 'lifecycle-console-onboarded');
});
