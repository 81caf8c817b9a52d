import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_PASSWORD, expectAccessible, saveScreenshot } from './support/journeys.ts';

const EMAIL = 'marketing@acme.test';

/** Adds an authenticator app to the account through the API (its enrolment screen comes later). */
async function enrolAuthenticator(request: import('@playwright/test').APIRequestContext): Promise<TOTP> {
  const login = await request.post('/api/v1/auth/login', { data: { email: EMAIL, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  const started = await request.post('/api/v1/me/mfa/totp', { headers });
  expect(started.status()).toBe(201);
  const totp = new TOTP({ secret: Secret.fromBase32((await started.json()).secret as string) });
  const confirmed = await request.post('/api/v1/me/mfa/totp/confirm', {
    headers,
    data: { code: totp.generate() },
  });
  expect(confirmed.status()).toBe(204);
  return totp;
}

test('an account with an authenticator app asks for its code after the password', async ({
  page,
  request,
}) => {
  const totp = await enrolAuthenticator(request);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Two-step verification')).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'mfa-challenge');

  const code = page.getByLabel('Code');
  await code.fill('12345');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(code).toHaveAccessibleDescription('Enter the 6 digits shown in your app');

  const current = totp.generate();
  await code.fill(current === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(code).toHaveAccessibleDescription('This code is not valid; try the current one.');

  await code.fill(totp.generate());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Marco Marketing' })).toBeVisible();
});
