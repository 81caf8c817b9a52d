import { expect, type Page } from '@playwright/test';

/**
 * Onboarding steps a person takes in the UI, for this area's spec and for longer journeys
 * (apply → approved → onboarded) that build on them.
 */

/**
 * On /console/onboarding: a journey with a custom step, optionally followed by an accept-agreement
 * step, for every partner or only for the named partner types (e.g. 'Managed service provider').
 */
export async function createJourneyInConsole(
  page: Page,
  {
    name,
    customStep,
    agreementName,
    partnerType,
  }: { name: string; customStep: string; agreementName?: string; partnerType?: string },
) {
  await page.goto('/console/onboarding');
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeVisible();
  await page.getByRole('button', { name: 'New journey' }).click();
  const form = page.getByRole('dialog', { name: 'New onboarding journey' });
  await form.getByLabel('Name').fill(name);
  if (partnerType) {
    await form.getByRole('textbox', { name: 'Partner types' }).fill(partnerType.slice(0, 6));
    await page.getByRole('option', { name: partnerType }).click();
    await page.keyboard.press('Escape');
  }
  const first = form.getByRole('group', { name: 'Step 1' });
  await first.getByLabel('Title').fill(customStep);
  if (agreementName) {
    await form.getByRole('button', { name: 'Add a step' }).click();
    const second = form.getByRole('group', { name: 'Step 2' });
    await second.getByLabel('Title').fill(`Accept ${agreementName}`);
    await second.getByRole('textbox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Accept an agreement' }).click();
    await second.getByRole('textbox', { name: 'Agreement' }).click();
    await page.getByRole('option', { name: agreementName }).click();
  }
  await form.getByRole('button', { name: 'Create journey' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

/** "Start onboarding" on a partner's profile in the console, with the named journey. */
export async function startOnboardingOnProfile(page: Page, partnerId: string, journeyName: string) {
  await page.goto(`/console/partners/${partnerId}`);
  const card = page.getByRole('region', { name: 'Onboarding' });
  await expect(card.getByText('This partner has not started an onboarding journey.')).toBeVisible();
  await card.getByRole('textbox', { name: 'Journey' }).click();
  await page.getByRole('option', { name: journeyName }).click();
  await card.getByRole('button', { name: 'Start onboarding' }).click();
  await expect(card.getByText(new RegExp(`^${journeyName}, started on`))).toBeVisible();
  return card;
}

/** In the portal, a partner admin ticks a checklist item of its organisation's journey. */
export async function tickChecklistItemInPortal(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Onboarding' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeVisible();
  await page.getByRole('button', { name: `Mark “${title}” as done` }).click();
  await expect(page.getByRole('button', { name: `Mark “${title}” as done` })).toBeHidden();
}

/** The partner's row in the console's progress list, filtered as a channel manager would. */
export function progressRowInConsole(page: Page, partnerName: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: partnerName }) });
}
