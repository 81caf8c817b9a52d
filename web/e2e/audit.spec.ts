import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('an analyst filters the audit trail, opens a change, and the filter survives a reload', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(60_000);
  // Something to find: a task the administrator creates and completes through the API.
  const admin = await playwright.request.newContext({ baseURL });
  expect(
    (
      await admin.post('/api/v1/auth/login', { data: { email: 'admin@acme.test', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBe(true);
  const csrf = (await admin.storageState()).cookies.find((cookie) => cookie.name === 'trellis_csrf')!;
  const headers = { 'x-csrf-token': decodeURIComponent(csrf.value) };
  const created = await admin.post('/api/v1/tasks', { data: { title: `Audit me ${Date.now()}` }, headers });
  expect(created.status()).toBe(201);
  const task = (await created.json()) as { id: string; version: number };
  const done = await admin.patch(`/api/v1/tasks/${task.id}`, {
    data: { status: 'done' },
    headers: { ...headers, 'If-Match': `"${task.version}"` },
  });
  expect(done.ok()).toBe(true);
  await admin.dispose();

  await signIn(page, 'analyst@acme.test');
  await page.goto('/console/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();

  await page.getByRole('textbox', { name: 'What happened', exact: true }).fill('marked done');
  await page.getByRole('option', { name: 'Task marked done' }).click();
  await page.getByRole('textbox', { name: 'Record id' }).fill(task.id);
  await page.getByRole('textbox', { name: 'Record id' }).press('Enter');
  await expect(page).toHaveURL(/action=task\.completed/);
  await expect(page).toHaveURL(new RegExp(`entityId=${task.id}`));

  const trail = page.getByRole('table', { name: 'Audit trail' });
  await expect(trail.getByRole('row')).toHaveCount(2);
  await trail.getByRole('button', { name: /Details of “Task marked done”/ }).click();
  const detail = page.getByRole('dialog', { name: 'Audit event' });
  const changes = detail.getByRole('table', { name: 'Changes' });
  const statusRow = changes.getByRole('row', { name: /^status/ });
  await expect(statusRow.getByRole('cell').nth(1)).toHaveText('open');
  await expect(statusRow.getByRole('cell').nth(2)).toHaveText('done');
  await expectAccessible(page);
  await saveScreenshot(page, 'audit-detail');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What happened', exact: true })).toHaveValue(
    'Task marked done',
  );
  await expect(page.getByRole('textbox', { name: 'Record id' })).toHaveValue(task.id);
  await expect(page.getByRole('table', { name: 'Audit trail' }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
  await saveScreenshot(page, 'audit-filtered');
});
