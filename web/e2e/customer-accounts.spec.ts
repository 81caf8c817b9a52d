import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible, saveScreenshot, signIn } from './support/journeys.ts';

test('a channel manager imports customer accounts and publishes the rules of engagement; a partner reads them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const folder = await mkdtemp(path.join(tmpdir(), 'trellis-accounts-'));
  const file = path.join(folder, `accounts-${suffix}.csv`);
  await writeFile(
    file,
    [
      'Name;Domain;Country;Direct only;External ID',
      `Keystone ${suffix} AG;keystone-${suffix}.com;DE;yes;KS-${suffix}`,
      `Meridian ${suffix} Ltd;https://www.meridian-${suffix}.co.uk;GB;no;MR-${suffix}`,
    ].join('\n'),
  );

  try {
    await signIn(page, 'channel@acme.test');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('link', { name: 'Customer accounts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Customer accounts' })).toBeVisible();

    await page.getByRole('button', { name: 'Import accounts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customer accounts' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'Imported: 2 accounts added, 0 updated, 0 opportunities.',
    );
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();

    await page.getByLabel('Search accounts').fill(suffix);
    const rows = page.getByRole('main').getByRole('row');
    await expect(rows.filter({ hasText: `Keystone ${suffix} AG` })).toContainText('Direct-only');
    await expect(rows.filter({ hasText: `Meridian ${suffix} Ltd` })).toContainText(
      `meridian-${suffix}.co.uk`,
    );
    await expect(rows.filter({ hasText: `Meridian ${suffix} Ltd` })).not.toContainText('Direct-only');
    await expectAccessible(page);
    await saveScreenshot(page, 'customer-accounts');

    await navigation.getByRole('link', { name: 'Rules of engagement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rules of engagement' })).toBeVisible();
    await page
      .getByLabel('Rules (Markdown)')
      .fill(
        `## Register early ${suffix}\n\nRegister every deal **before** the first meeting.\n\n<script>alert(1)</script>`,
      );
    await expect(page.getByRole('heading', { name: `Register early ${suffix}` })).toBeVisible();
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status')).toHaveText('Published. Partners see the new rules now.');
    await expect(page.getByText(`Keystone ${suffix} AG (DE)`)).toBeVisible();
    await expectAccessible(page);
    await saveScreenshot(page, 'rules-of-engagement-editor');

    await page.context().clearCookies();
    await signIn(page, 'rep@northwind.test', { expectedPath: /\/portal$/ });
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Rules of engagement' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rules of engagement' })).toBeVisible();
    await expect(page.getByRole('heading', { name: `Register early ${suffix}` })).toBeVisible();
    await expect(page.getByText('Register every deal before the first meeting.')).toBeVisible();
    await expect(page.getByText(`Keystone ${suffix} AG (DE)`)).toBeVisible();
    // The partner sees the name of a direct-only customer, never its domains.
    await expect(page.getByRole('main')).not.toContainText(`keystone-${suffix}.com`);
    await expect(page.getByRole('main')).not.toContainText(`Meridian ${suffix}`);
    await expectAccessible(page);
    await saveScreenshot(page, 'portal-rules-of-engagement');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
