import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'trellis-demo';
const SCREENSHOTS_DIR = path.resolve(import.meta.dirname, '../../screenshots');

/** Signs in through the form, the way a person does, and waits for the home page. */
export async function signIn(page: Page, email: string, { expectedPath }: { expectedPath?: RegExp } = {}) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(expectedPath ?? /\/(console|portal)$/);
}

/** axe-core over the whole page: serious and critical findings fail the test, listed by rule. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking, `axe-core found serious or critical problems on ${page.url()}`).toEqual([]);
}

/** For people reviewing the UI: web/screenshots/<name>.png (git-ignored). */
export async function saveScreenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
