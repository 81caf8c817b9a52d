import { expect, test } from '@playwright/test';
import { saveScreenshot, signIn } from './support/journeys.ts';

const PARTNER_LIST = '**/api/v1/organisations?*kind=partner*';

test('the vendor home says when its figures cannot load, and loads them on retry', async ({ page }) => {
  let isFailing = true;
  await page.route(PARTNER_LIST, (route) =>
    isFailing
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Unavailable',
            status: 503,
            code: 'unavailable',
          }),
        })
      : route.continue(),
  );
  await signIn(page, 'emea@acme.test');
  const failure = page.getByRole('alert').filter({ hasText: 'The figures could not be loaded.' });
  await expect(failure).toBeVisible();
  await saveScreenshot(page, 'vendor-home-error');
  isFailing = false;
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.getByRole('main').getByText('Partners', { exact: true }).locator('..')).toContainText(
    /\d/,
  );
});

test('the vendor home explains an empty partner program', async ({ page }) => {
  await page.route(PARTNER_LIST, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"data":[],"nextCursor":null}' }),
  );
  await signIn(page, 'sales@acme.test');
  await expect(page.getByText('No partners yet.', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'vendor-home-empty');
});
