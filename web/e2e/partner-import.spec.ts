import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { createPartnerOrganisation, test, uniqueSuffix } from './support/account-fixtures.ts';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a channel manager imports a partner list: maps columns, sees the bad row, merges and skips duplicates', async ({
  page,
  admin,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  // A partner of our own to merge into, so the demo partners other journeys read stay as they are.
  await createPartnerOrganisation(admin, `Zenith ${suffix} GmbH`);
  const folder = await mkdtemp(path.join(tmpdir(), 'trellis-import-'));
  const fileName = `partners-${suffix}.csv`;
  const file = path.join(folder, fileName);
  await writeFile(
    file,
    [
      'Company,Website,Country,Tier',
      `Lumen ${suffix},https://www.lumen-${suffix}.example,DE,gold`,
      'Northwind Systems Ltd,,GB,',
      `Zenith ${suffix} Ltd,zenith-${suffix}.example,FR,silver`,
      `Broken ${suffix},broken-${suffix}.example,Germany,`,
    ].join('\n'),
  );

  try {
    await signIn(page, 'channel@acme.test');
    await page.goto('/console/partners');
    await page.getByRole('link', { name: 'Import partners' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import partners' })).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'partner-import-upload');

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Upload and map columns' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Import of ${fileName}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Profile field for column Company' })).toHaveValue(
      'Company name',
    );
    await expect(page.getByRole('textbox', { name: 'Profile field for column Website' })).toHaveValue(
      'Website domain',
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'partner-import-mapping');
    await page.getByRole('button', { name: 'Check rows' }).click();

    const problems = page.getByRole('table', { name: 'Rows that cannot be imported' });
    await expect(problems.getByRole('row', { name: /Row 5 Country must be an ISO 3166/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download rows with problems (CSV)' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Row 3 beside the partner it resembles' })).toContainText(
      'Northwind Systems',
    );
    await expectAccessible(page);
    await saveScreenshot(page, 'partner-import-review');

    await page
      .getByRole('radiogroup', { name: 'Decision for row 3' })
      .getByRole('radio', { name: 'Skip' })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Decision for row 4' })
      .getByRole('radio', { name: 'Merge: fill empty fields' })
      .check();
    await page.getByRole('button', { name: 'Import and apply decisions' }).click();

    await expect(page.getByText('Import complete')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Partners created: 1')).toBeVisible();
    await expect(page.getByText('Merged into existing partners: 1')).toBeVisible();
    await expect(page.getByText('Skipped: 1')).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'partner-import-done');

    await page.getByRole('link', { name: 'See the partners in the directory' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(suffix);
    const directory = page.getByRole('table', { name: 'Partners' });
    await expect(directory.getByRole('link', { name: `Lumen ${suffix}` })).toBeVisible();
    await expect(directory.getByRole('link', { name: `Zenith ${suffix} GmbH` })).toBeVisible();
    await expect(directory.getByRole('link', { name: `Zenith ${suffix} Ltd` })).toHaveCount(0);
    await expect(directory.getByRole('link', { name: `Broken ${suffix}` })).toHaveCount(0);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('the import page lists past imports and is not offered to an analyst', async ({ page }) => {
  await signIn(page, 'analyst@acme.test');
  await page.goto('/console/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import partners' })).toHaveCount(0);
});
