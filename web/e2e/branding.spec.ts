import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { csrfHeaders } from './support/outbox.ts';

/** One transparent pixel: a real PNG, as the upload checks the bytes. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Other specs share the demo workspace: leave its branding as it was found. */
async function resetBranding(page: Page) {
  const headers = await csrfHeaders(page.context());
  await page.request.patch('/api/v1/workspace/branding', {
    headers,
    data: { productName: null, primaryColor: null },
  });
  await page.request.delete('/api/v1/workspace/logo', { headers });
}

test('a vendor admin brands the program, and partners see it', async ({ page, browser }) => {
  // Two people sign in and two pages are checked by axe: more than the default 30 s on a busy CI box.
  test.setTimeout(90_000);
  await signIn(page, 'owner@acme.test');
  try {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Branding' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Branding' })).toBeVisible();
    await expect(page.getByText('No logo yet')).toBeVisible();

    // A colour white text cannot be read on is refused, next to the field.
    await page.getByLabel('Product name').fill('Acme Partner Hub');
    await page.getByRole('textbox', { name: 'Primary colour' }).fill('#ffe066');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/is too light/)).toBeVisible();
    await expect(page.getByTestId('workspace-brand')).toHaveText('Trellis');

    await page.getByRole('textbox', { name: 'Primary colour' }).fill('#0b7285');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Branding saved').first()).toBeVisible();
    await expect(page.getByTestId('workspace-brand')).toHaveText('Acme Partner Hub');

    const fileChooser = page.waitForEvent('filechooser');
    await page.getByLabel('Upload a logo').click();
    await (await fileChooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await expect(page.getByRole('img', { name: 'Current logo' })).toBeVisible();
    await expect(page.getByTestId('workspace-brand').locator('img')).toHaveAttribute(
      'src',
      /\/api\/v1\/workspaces\/wksp_[0-9a-z]+\/logo\?v=\d+$/,
    );
    // Buttons take the workspace's colour.
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCSS(
      'background-color',
      'rgb(11, 114, 133)',
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'branding');

    const partnerContext = await browser.newContext();
    const partner = await partnerContext.newPage();
    await signIn(partner, 'rep@northwind.test');
    await expect(partner.getByTestId('workspace-brand')).toHaveText('Acme Partner Hub');
    await expect(partner.getByTestId('workspace-brand').locator('img')).toBeVisible();
    await expectAccessible(partner);
    await saveScreenshot(partner, 'partner-home-branded');
    // Branding is the vendor's to set.
    await partner.goto('/console/branding');
    await expect(
      partner.getByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeVisible();
    await partnerContext.close();

    await page.getByRole('button', { name: 'Remove logo' }).click();
    await expect(page.getByText('No logo yet')).toBeVisible();
  } finally {
    await resetBranding(page);
  }
});
