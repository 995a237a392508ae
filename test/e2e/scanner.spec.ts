import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../shared/i18n/ui/uk.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { Product } from '../../shared/api/sales.js';
import { pageApi, scan, signedInDesk } from './desk-page.js';

// The desk is the shared Ukrainian one, not connected to head office here: its catalogue is empty.
const scanNotice = (page: Page) => page.locator('.status-bar').getByRole('alert');
const firstItem = (page: Page) => page.locator('input[name="lines.0.item"]');

async function counter(page: Page) {
  await signedInDesk(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
}

test('a scanned receipt opens its case while the clerk is typing a search; the search box keeps what was typed', async ({ page }) => {
  await counter(page);
  const filed = (await pageApi<CaseState>(page, 'openComplaint', { kind: 'defect', remedy: 'repair', description: 'Фен не вмикається', product: { name: 'Фен Rowenta' }, customer: { phone: '+380 67 111 22 33' } })).value!;
  await page.keyboard.press('F2');
  const search = page.getByLabel(ui.list.search);
  await search.pressSequentially('0671', { delay: 120 });

  await scan(page, filed.caseNo);
  await expect(page.getByRole('heading', { name: filed.caseNo })).toBeVisible();

  await page.keyboard.press('F2');
  await expect(search).toHaveValue('0671');
  await scan(page, 'KYIV01-A-1999-99999');
  await expect(scanNotice(page)).toHaveText(ui.scan.caseNotFound.replace('{{caseNo}}', 'KYIV01-A-1999-99999'));
  await expect(search).toHaveValue('0671');
});

test('an EAN scanned on the return form: not in the catalogue, a wrong check digit, then one head office lists', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F4');
  await firstItem(page).click();

  await scan(page, '4006381333931');
  await expect(scanNotice(page)).toHaveText(ui.scan.notInCatalogue.replace('{{code}}', '4006381333931'));
  await expect(firstItem(page)).toHaveValue('');

  await scan(page, '4006381333932');
  await expect(scanNotice(page)).toHaveText(ui.scan.badCheckDigit.replace('{{code}}', '4006381333932'));

  // Head office's catalogue reaches a desk only by sync (sync.spec.ts connects this desk later, and
  // expects it not connected before), so here the desk's answer for this one code is stood in for.
  const kettle: Product = { gtins: ['5901234123457'], name: 'Електрочайник Bosch', sku: 'KT-200', price: { amount: 129950, currency: 'UAH' }, returnable: true, warrantyMonths: 24 };
  await page.route('**/api/lookupProduct', (route) => route.fulfill({ json: { ok: true, value: kettle } }));
  await scan(page, kettle.gtins[0]!);
  await expect(firstItem(page)).toHaveValue(kettle.name);
  await expect(page.locator('input[name="lines.0.sku"]')).toHaveValue('KT-200');
  await expect(page.locator('input[name="lines.0.unitPrice"]')).toHaveValue('1299,50');
  await expect(scanNotice(page)).toHaveCount(0);

  // The same check on an EAN typed by hand, as a hint only (an article number may be all digits).
  await page.locator('input[name="lines.0.sku"]').fill('4006381333932');
  await expect(page.getByText(ui.scan.typedCheckDigit)).toBeVisible();
  await page.locator('input[name="lines.0.sku"]').fill('4006381333931');
  await expect(page.getByText(ui.scan.typedCheckDigit)).toHaveCount(0);
});
