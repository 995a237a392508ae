import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { baseResources } from '../../shared/i18n/index.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { Locale } from '../../shared/domain/jurisdiction.js';
import { MANAGER_PIN, ownDesk } from './own-desk.js';

// axe-core on every screen of the desk, in English and in a Cyrillic language: no violation of any
// rule it checks (contrast, names, roles, keyboard reach of scrolling regions, …).
const langs: Locale[] = ['en', 'uk'];

/** What axe finds on the page as it is now, named so that a failure says where. */
async function violations(page: Page, where: string) {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const [i, lang] of langs.entries()) {
  test(`no accessibility violations on any desk screen, in ${lang}`, async ({ page }) => {
    // Some fifteen axe runs of a few seconds each on a 2-core machine.
    test.setTimeout(240_000);
    const { ui, receipt } = baseResources[lang];
    const desk = await ownDesk(lang, 5191 + i, { setUp: false });
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      const found: string[] = [];
      await page.goto(desk.url);
      await expect(page.locator('select[name="setup.language"]')).toBeVisible();
      await page.locator('select[name="setup.language"]').selectOption(lang);
      await expect(page.getByRole('heading', { name: ui.setup.title })).toBeVisible();
      found.push(...await violations(page, 'setup'));

      await desk.setUp();
      const filed = await desk.call<CaseState>('openComplaint', {
        kind: 'defect', remedy: 'repair', description: 'Stops after a minute.', product: { name: 'Vacuum cleaner VC-5' }, customer: { phone: '+420 601 222 333' },
      });
      await desk.call('signOut');
      await page.reload();
      await expect(page.getByLabel(ui.signIn.pin)).toBeFocused();
      found.push(...await violations(page, 'sign-in'));
      await page.keyboard.type(MANAGER_PIN);
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: ui.nav.main });
      await expect(nav).toBeVisible();

      // Every entry of the menu, the extensions' screens included.
      const entries = await nav.getByRole('button').filter({ hasNotText: ui.nav.signOut }).allTextContents();
      expect(entries.length).toBeGreaterThan(6);
      for (const [n, name] of entries.entries()) {
        await nav.getByRole('button').nth(n).click();
        await expect(page.locator('main.content h1').first()).toBeVisible();
        found.push(...await violations(page, name));
      }

      // Each form with its errors shown, and a receipt looked up that is not there.
      for (const key of ['F3', 'F4', 'F6']) {
        await page.keyboard.press(key);
        await page.locator('.counter-form button[type="submit"]').click();
        await expect(page.locator('.form-summary')).toBeVisible();
        found.push(...await violations(page, `form ${key} with errors`));
      }
      await page.keyboard.press('F4');
      await page.getByLabel(ui.sale.receipt).fill('NO-SUCH-RECEIPT');
      await page.getByLabel(ui.sale.receipt).press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'NO-SUCH-RECEIPT' })).toBeVisible();
      found.push(...await violations(page, 'sale lookup'));

      // A case, and the end of day printed with no printer set.
      await page.keyboard.press('F2');
      await page.getByRole('button', { name: filed.caseNo }).click();
      await expect(page.getByTestId('case-status')).toBeVisible();
      found.push(...await violations(page, 'case detail'));
      await nav.getByRole('button', { name: receipt.screen.title }).click();
      await page.getByRole('button', { name: receipt.screen.printEndOfDay }).click();
      await expect(page.getByTestId('end-of-day-state')).toHaveText(receipt.screen.state.skipped);
      found.push(...await violations(page, 'end of day'));

      expect(found).toEqual([]);
    } finally {
      await desk.close();
    }
  });
}
