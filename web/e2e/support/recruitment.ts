import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { uniqueSuffix } from './account-fixtures.ts';

/**
 * Steps of the recruitment journey, shared by specs: a company applies on the public page, a
 * channel manager finds the application and approves or rejects it.
 */
export type Applicant = { companyName: string; websiteDomain: string; name: string; email: string };

export function newApplicant(label = 'Fabrikam'): Applicant {
  const suffix = uniqueSuffix();
  return {
    companyName: `${label} ${suffix}`,
    websiteDomain: `${label.toLowerCase()}-${suffix}.example`,
    name: `Frida ${suffix}`,
    email: `frida-${suffix}@${label.toLowerCase()}.example`,
  };
}

/**
 * Fills the demo workspace's public form as an anonymous visitor and waits for the thank-you.
 * The answers match the demo Ideal Partner Profile on every criterion: a fit score of 100.
 */
export async function submitApplication(page: Page, applicant: Applicant, { slug = 'acme' } = {}) {
  await page.goto(`/apply/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: /Join the .+ partner program/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Company name' }).fill(applicant.companyName);
  await page.getByRole('textbox', { name: 'Website domain' }).fill(applicant.websiteDomain);
  await page.getByRole('textbox', { name: 'Country' }).fill('DE');
  await page.getByRole('textbox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'emea' }).click();
  await page.getByRole('textbox', { name: 'Employees' }).click();
  await page.getByRole('option', { name: '51–200' }).click();
  await page.getByRole('checkbox', { name: 'Managed service provider' }).check();
  await page.getByRole('textbox', { name: 'Industries you serve' }).fill('Manu');
  await page.getByRole('option', { name: 'Manufacturing' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Certifications' }).fill('ISO 27001');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Your name' }).fill(applicant.name);
  await page.getByRole('textbox', { name: 'Job title' }).fill('Managing Director');
  await page.getByRole('textbox', { name: 'Work e-mail' }).fill(applicant.email);
  await page
    .getByRole('textbox', { name: 'Anything else we should know?' })
    .fill('We look after 40 manufacturers.');
  await page.getByRole('checkbox', { name: /I agree that/ }).check();
  await page.getByRole('button', { name: 'Send application' }).click();
  await expect(page.getByRole('status')).toContainText(`We sent a confirmation to ${applicant.email}`);
}

/** From the console's list (signed in with recruitment:manage) to the application's page. */
export async function openApplication(page: Page, companyName: string) {
  await page.goto('/console/recruitment');
  await expect(page.getByRole('heading', { level: 1, name: 'Partner applications' })).toBeVisible();
  await page.getByRole('link', { name: companyName }).click();
  await expect(page.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
}

/** On the application's page: approve and confirm; the partner is created and its admin invited. */
export async function approveApplication(page: Page) {
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve this application?' });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Approved /)).toBeVisible();
}

/** On the application's page: reject with a message that is e-mailed to the applicant. */
export async function rejectApplication(page: Page, message: string) {
  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject this application?' });
  await dialog.getByLabel('Message to the applicant').fill(message);
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Rejected /)).toBeVisible();
}

/** The text of the newest e-mail of `template` to `to`; `admin` must be signed in as an administrator. */
export async function emailFromOutbox(
  admin: APIRequestContext,
  to: string,
  template: string,
): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        const response = await admin.get('/api/v1/email-outbox', { params: { toAddress: to, limit: 20 } });
        expect(response.status(), 'reading the outbox needs an administrator').toBe(200);
        const { data } = (await response.json()) as { data: { template: string; textBody: string }[] };
        text = data.find((email) => email.template === template)?.textBody ?? '';
        return text;
      },
      { message: `a ${template} e-mail to ${to}`, timeout: 15_000 },
    )
    .not.toBe('');
  return text;
}
