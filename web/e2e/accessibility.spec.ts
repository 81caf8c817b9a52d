import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signIn } from './support/journeys.ts';

/**
 * axe-core over every page each persona can open: the pages of its own menu (so a page added to
 * the navigation is checked without touching this file), plus the pages reached from the header.
 */
const PERSONAS = [
  { email: 'admin@acme.test', extraPages: ['/console/automation/new'] },
  { email: 'analyst@acme.test', extraPages: [] },
  { email: 'emea@acme.test', extraPages: [] },
  { email: 'admin@northwind.test', extraPages: [] },
  { email: 'rep@northwind.test', extraPages: ['/portal/deals/new'] },
];

const HEADER_PAGES = ['/account', '/notifications'];
const PUBLIC_PAGES = ['/sign-in', '/reset-password', '/reset-password?token=unknown', '/accept-invitation'];

/** A page is ready once its heading is there and what it loads has arrived (no spinner left). */
async function expectPageReady(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.mantine-Loader-root, .mantine-Skeleton-root')).toHaveCount(0);
}

async function menuPages(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  return hrefs.filter((href): href is string => href !== null);
}

for (const persona of PERSONAS) {
  test(`every page ${persona.email} can open passes axe`, async ({ page }) => {
    // The administrator's menu grows with every capability; axe takes a few seconds per page.
    test.setTimeout(240_000);
    await signIn(page, persona.email);
    const pages = [...(await menuPages(page)), ...HEADER_PAGES, ...persona.extraPages];
    for (const path of pages) {
      await test.step(path, async () => {
        // Through the router, as a person clicking around does: no reload per page.
        await page.evaluate((to) => {
          window.history.pushState({}, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, path);
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await expectPageReady(page);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Not available for your role' }),
        ).toHaveCount(0);
        await expectAccessible(page);
      });
    }
  });
}

test('every page before sign-in passes axe', async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectPageReady(page);
      await expectAccessible(page);
    });
  }
});
