import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';
import { csrfHeaders } from './support/outbox.ts';

async function choose(page: Page, label: string, option: string, { search }: { search?: string } = {}) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  if (search) await input.fill(search);
  else await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an administrator builds a rule in the form and it creates a task when its event happens', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const suffix = `${Date.now()}`;
  const ruleName = `Welcome new partners ${suffix}`;
  const partnerName = `Partner ${suffix}`;

  await signIn(page, 'admin@acme.test');
  await page.goto('/console/automation');
  await expect(page.getByRole('heading', { level: 1, name: 'Automation rules' })).toBeVisible();
  await page.getByRole('link', { name: 'New rule' }).click();
  await expect(page).toHaveURL(/\/console\/automation\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'New automation rule' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(ruleName);
  await choose(page, 'Event', 'Partner organisation added', { search: 'Partner organisation' });
  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.getByRole('textbox', { name: 'Field of condition 1' }).fill('after.name');
  await page.getByRole('textbox', { name: 'Field of condition 1' }).press('Escape');
  await choose(page, 'Comparison of condition 1', 'contains');
  await page.getByRole('textbox', { name: 'Value of condition 1' }).fill(suffix);
  await choose(page, 'Person', 'Chloe Channel (channel@acme.test)', { search: 'channel@acme' });
  await expectAccessible(page);
  await saveScreenshot(page, 'automation-rule-new');

  // The task's title is missing: the form says so next to that input, before asking the API.
  await page.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByRole('textbox', { name: 'Task title' })).toHaveAccessibleDescription(/Fill this in/);

  // A problem only the API finds lands next to its input too: a second action's URL.
  await page.getByRole('textbox', { name: 'Task title' }).fill('Welcome {{after.name}}');
  await page.getByRole('textbox', { name: 'Due after (days)' }).fill('3');
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('menuitem', { name: 'Call a URL (webhook)' }).click();
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill('ftp://example.com/hook');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByRole('textbox', { name: 'URL', exact: true })).toHaveAccessibleDescription(
    /http or https/,
  );
  await page.getByRole('button', { name: 'Remove action 2' }).click();

  await page.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ruleName })).toBeVisible();
  const ruleUrl = page.url();
  expect(ruleUrl).toMatch(/\/console\/automation\/rule_[0-9a-z]+$/);

  // The stored rule comes back into the same inputs.
  await expect(page.getByRole('textbox', { name: 'Field of condition 1' })).toHaveValue('after.name');
  await expect(page.getByRole('textbox', { name: 'Value of condition 1' })).toHaveValue(suffix);
  await expect(page.getByRole('textbox', { name: 'Task title' })).toHaveValue('Welcome {{after.name}}');

  // A dry run: a sample whose name carries the suffix matches and previews the task.
  await page
    .getByRole('textbox', { name: 'Record after the change (JSON)' })
    .fill(JSON.stringify({ name: partnerName }));
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByText('The conditions hold: these actions would run')).toBeVisible();
  await expect(page.getByText(`Create the task "Welcome ${partnerName}"`)).toBeVisible();

  // The event itself, through the API as the same administrator.
  const created = await page.request.post('/api/v1/organisations', {
    data: { name: partnerName },
    headers: await csrfHeaders(page.context()),
  });
  expect(created.status()).toBe(201);

  const runLog = page.getByRole('table', { name: 'Run log' });
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(runLog.getByRole('cell', { name: 'Done', exact: true })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expect(runLog.getByText(/Created task task_/)).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'automation-rule');

  // The assignee finds the task on their own task list, marked as coming from a rule.
  const assigneeContext = await browser.newContext();
  const assigneePage = await assigneeContext.newPage();
  await signIn(assigneePage, 'channel@acme.test');
  await assigneePage.goto('/tasks');
  const taskRow = assigneePage.getByRole('row', { name: new RegExp(`Welcome ${partnerName}`) });
  await expect(taskRow).toBeVisible();
  await expect(taskRow.getByText('Created by an automation rule')).toBeVisible();
  await assigneeContext.close();

  // The list shows the rule and how it last ran; switching it off and deleting it clean up.
  await page.goto('/console/automation');
  const ruleRow = page.getByRole('row', { name: new RegExp(ruleName) });
  await expect(ruleRow.getByText('Done')).toBeVisible();
  const toggle = ruleRow.getByRole('switch', { name: `Rule “${ruleName}” switched on` });
  await expect(toggle).toBeChecked();
  await toggle.click({ force: true });
  await expect(toggle).not.toBeChecked();
  await expectAccessible(page);
  await saveScreenshot(page, 'automation-rules');

  await ruleRow.getByRole('button', { name: `Delete rule “${ruleName}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this rule?' });
  await dialog.getByRole('button', { name: 'Delete rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(ruleName) })).toHaveCount(0);
});
