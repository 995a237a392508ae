import { expect, test, type Page } from '@playwright/test';
import { baseResources } from '../../shared/i18n/index.js';
import type { Locale } from '../../shared/domain/jurisdiction.js';
import type { SavedDraft } from '../../shared/api/drafts.js';
import { formatDateInput } from '../../renderer/format/date-input.js';
import { MANAGER_PIN, ownDesk, stores, tabTo } from './own-desk.js';

// At the counter in each desk language, keyboard only: a return and a complaint, what the forms
// say when something is missing, and a half-typed form kept for its clerk and never shown to the next.
const CLERK_A = { name: 'Clerk A', pin: '2580' };
const CLERK_B = { name: 'Clerk B', pin: '1470' };
const PHONE = '+420 601 222 333';

const isoDaysAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const langs: Locale[] = ['en', 'cs', 'bg', 'uk', 'ru'];

for (const [i, lang] of langs.entries()) {
  test.describe(`the counter by keyboard, in ${lang}`, () => {
    const { ui, forms } = baseResources[lang];
    let desk: Awaited<ReturnType<typeof ownDesk>>;
    test.beforeAll(async () => {
      desk = await ownDesk(lang, 5181 + i);
      for (const clerk of [CLERK_A, CLERK_B]) await desk.call('addStaff', { ...clerk, role: 'clerk' });
      await desk.call('signOut');
    });
    test.afterAll(async () => desk?.close());

    const signIn = async (page: Page, pin: string) => {
      await expect(page.getByLabel(ui.signIn.pin)).toBeFocused();
      await type(page, pin);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
    };
    const signOut = async (page: Page) => {
      await tabTo(page, page.getByRole('button', { name: ui.nav.signOut }));
      await page.keyboard.press('Enter');
      await expect(page.getByLabel(ui.signIn.pin)).toBeVisible();
    };
    const savedAs = (page: Page) => page.getByRole('status').filter({ hasText: new RegExp(`${stores[lang].storeCode}-A-\\d{4}-\\d{5}`) });
    const errorAt = (page: Page, field: string) => page.locator(`[data-field="${field}"] .field-error`);
    /**
     * Types as a clerk does: Playwright's keys come a few ms apart, as fast as a barcode scanner's,
     * so a Tab or Enter right after would end a "scan". A pause longer than a scan's gaps (60 ms) ends the run.
     */
    const type = async (page: Page, text: string) => {
      await page.keyboard.type(text);
      await page.waitForTimeout(100);
    };
    const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/counter-${lang}-${name}.png` });

    test('a return and a complaint by keyboard; a draft kept for its clerk only, through sign-outs and a reload', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.clock.install();
      await page.goto(desk.url);
      await expect(page).toHaveTitle(ui.app.title);
      await signIn(page, CLERK_A.pin);

      // A return: F4, the cursor in the first field. Saved empty, everything missing is named at once.
      await page.keyboard.press('F4');
      await expect(page.getByRole('heading', { name: ui.return.title })).toBeVisible();
      await expect(page.getByLabel(ui.sale.receipt)).toBeFocused();
      await page.keyboard.press('Control+Enter');
      const summary = page.locator('.form-summary');
      for (const label of [ui.purchase.date, ui.lines.item, ui.lines.unitPrice]) await expect(summary).toContainText(label);
      await expect(page.getByLabel(ui.purchase.date)).toBeFocused();
      await expect(page.locator('.counter-form button[type="submit"]')).toBeInViewport();
      await shot(page, 'return-errors');

      // The date is typed in the desk's own format, one Tab stop; its message goes once it is right.
      const bought = isoDaysAgo(3);
      await type(page, formatDateInput(bought, lang));
      await expect(errorAt(page, 'purchase.purchaseDate')).toHaveCount(0);
      await expect(errorAt(page, 'lines.0.item')).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(ui.purchase.receiptNo)).toBeFocused();
      await type(page, 'R-1001');
      await tabTo(page, page.getByLabel(ui.lines.item));
      await type(page, 'Kettle 1.7 l');
      await tabTo(page, page.getByLabel(ui.lines.unitPrice));
      // Not a number: the total is unknown, not 0.
      await type(page, '12x');
      await expect(page.getByTestId('refund-total')).toHaveText('—');
      await page.keyboard.press('Control+A');
      await type(page, lang === 'en' ? '1,299.90' : '1 299,90');
      // The amount as the locale writes it (the currency's sign and grouping are Chromium's: ₴ or грн, 1299 in bg).
      await expect(page.getByTestId('refund-total')).toContainText(lang === 'en' ? '1,299.90' : /1\s?299,90/);
      await expect(summary).toHaveCount(0);

      // "+ Add line" puts the cursor into the new line; the line goes again by keyboard.
      await tabTo(page, page.getByRole('button', { name: ui.lines.add }));
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-field="lines.1.item"] input')).toBeFocused();
      await tabTo(page, page.getByRole('button', { name: ui.lines.remove.replace('{{n}}', '2') }));
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-field="lines.1.item"]')).toHaveCount(0);
      await shot(page, 'return');
      await page.keyboard.press('Control+Enter');
      // Where the pack leaves a change of mind to the shop (BG), a manager approves with their PIN, by keyboard too.
      const approval = page.getByRole('dialog');
      await expect(savedAs(page).or(approval)).toBeVisible();
      if (await approval.isVisible()) {
        await type(page, MANAGER_PIN);
        await page.keyboard.press('Enter');
      }
      await expect(savedAs(page)).toBeFocused();

      // A claim about a faulty product: the product and a way to reach the customer are asked for.
      await page.keyboard.press('F3');
      await expect(page.getByRole('heading', { name: ui.complaint.title })).toBeVisible();
      await expect(page.getByLabel(ui.complaint.kind)).toBeFocused();
      await tabTo(page, page.getByLabel(ui.complaint.description));
      await type(page, 'Stops after a minute.');
      await page.keyboard.press('Control+Enter');
      await expect(errorAt(page, 'product.name')).toHaveText(forms.complaint.productRequired);
      await expect(errorAt(page, 'customer.phone')).toHaveText(forms.complaint.contactRequired);
      await expect(page.getByLabel(ui.complaint.productName)).toBeFocused();
      await shot(page, 'complaint-errors');
      await type(page, 'Vacuum cleaner VC-5');
      await tabTo(page, page.getByLabel(ui.customer.phone));
      await type(page, PHONE);
      await expect(page.locator('.form-summary')).toHaveCount(0);
      await page.keyboard.press('Control+Enter');
      await expect(savedAs(page)).toBeFocused();

      // A return left half-typed: kept at the desk for clerk A.
      await page.keyboard.press('F4');
      await tabTo(page, page.getByLabel(ui.customer.phone));
      await type(page, PHONE);
      await expect.poll(async () => (await desk.call<SavedDraft[]>('loadDrafts')).map((d) => d.form)).toEqual(['return']);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await shot(page, 'draft-1920');
      await page.setViewportSize({ width: 1366, height: 768 });

      // Left idle for the manager's 5 minutes: locked, the sign-in screen says why, and clerk A is back on the form.
      await page.clock.fastForward('05:01');
      await expect(page.getByTestId('idle-locked')).toHaveText(ui.signIn.lockedIdle.replace('{{minutes}}', '5'));
      await shot(page, 'idle-locked');
      await signIn(page, CLERK_A.pin);
      await expect(page.getByLabel(ui.customer.phone)).toHaveValue(PHONE);
      await signOut(page);

      // The next clerk sees none of it.
      await signIn(page, CLERK_B.pin);
      await page.keyboard.press('F4');
      await expect(page.getByLabel(ui.customer.phone)).toHaveValue('');
      await expect(page.getByRole('button', { name: forms.draft.discard })).toHaveCount(0);
      await signOut(page);

      // Clerk A finds it again, and after a reload too; Discard forgets it here and at the desk.
      await signIn(page, CLERK_A.pin);
      await page.keyboard.press('F4');
      await expect(page.getByLabel(ui.customer.phone)).toHaveValue(PHONE);
      await page.reload();
      await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
      await page.keyboard.press('F4');
      await expect(page.getByLabel(ui.customer.phone)).toHaveValue(PHONE);
      await tabTo(page, page.getByRole('button', { name: forms.draft.discard }));
      await page.keyboard.press('Enter');
      await expect(page.getByLabel(ui.customer.phone)).toHaveValue('');
      await expect.poll(async () => (await desk.call<SavedDraft[]>('loadDrafts')).length).toBe(0);
    });
  });
}
