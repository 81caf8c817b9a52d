import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

function isoDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('a channel manager gives a task to a sales rep, who marks it done', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const title = `Call back Northwind ${Date.now()}`;

  await signIn(page, 'channel@acme.test');
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Tasks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();

  await page.getByRole('button', { name: 'New task' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
    /Give the task a title/,
  );
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Description' }).fill('They asked about the renewal.');
  await dialog.getByRole('textbox', { name: 'Assign to' }).fill('sales@acme');
  await page.getByRole('option', { name: 'Sam Sales (sales@acme.test)' }).click();
  // Due yesterday: the list shows it as overdue.
  await dialog.getByLabel('Due date').fill(isoDay(-1));
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('textbox', { name: 'Whose tasks' }).fill('sales@acme');
  await page.getByRole('option', { name: 'Sam Sales (sales@acme.test)' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row.getByText('Overdue')).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'tasks');

  const salesContext = await browser.newContext();
  const salesPage = await salesContext.newPage();
  await signIn(salesPage, 'sales@acme.test');
  await salesPage.goto('/tasks');
  await expect(salesPage.getByRole('textbox', { name: 'Whose tasks' })).toHaveCount(0);
  const ownRow = salesPage.getByRole('row', { name: new RegExp(title) });
  await ownRow.getByRole('button', { name: `Mark “${title}” done` }).click();
  await expect(salesPage.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  await salesPage.getByText('Done', { exact: true }).click();
  const doneRow = salesPage.getByRole('row', { name: new RegExp(title) });
  await expect(doneRow.getByRole('button', { name: `Reopen “${title}”` })).toBeVisible();
  await expectAccessible(salesPage);
  await salesContext.close();
});
