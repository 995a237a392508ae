import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { CaseState } from '../../shared/domain/case-state.js';
import type { Session } from '../../shared/api/cases.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { customer as uk } from '../../shared/i18n/customer/uk.js';
import { customer as ru } from '../../shared/i18n/customer/ru.js';
import { maskPhone } from '../../shared/privacy/mask.js';
import { localToday } from '../../renderer/format/locale-format.js';
import { privacy } from '../../shared/i18n/privacy/uk.js';
import type { CustomerData } from '../../shared/api/privacy.js';
import { readFileSync } from 'node:fs';
import { MANAGER_PIN, pageApi, signedInDesk } from './desk-page.js';

// The customer's own screen beside the Ukrainian counter: a second page at /customer, as the
// second window or display shows it. The customer speaks Russian; the desk speaks Ukrainian.
const buyer = { name: 'Марія Петренко', phone: '+380 67 555 12 34' };

/** Nothing of any case or customer is ever on the customer's screen. */
async function showsNoCaseData(customerPage: Page, caseNo: string) {
  const text = await customerPage.locator('body').innerText();
  for (const secret of [caseNo, buyer.name, 'Петренко', '555 12 34', '5551234']) expect(text).not.toContain(secret);
}

async function noAxeViolations(customerPage: Page) {
  const { violations } = await new AxeBuilder({ page: customerPage }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the customer rates the service on their own screen, in their language, and it goes idle again', async ({ page, context }) => {
  const session: Session = await signedInDesk(page);
  const storeName = session.setup!.storeName;
  // A question an earlier spec's case left on the screen is taken off, as the clerk would.
  await pageApi(page, 'cancelCustomerPrompt', {});
  const customerPage = await context.newPage();
  await customerPage.setViewportSize({ width: 1366, height: 768 });
  await customerPage.goto('/customer');
  await expect(customerPage.getByRole('heading', { name: storeName })).toBeVisible();
  await noAxeViolations(customerPage);

  // A return recorded at the counter: the screen asks at once, in the desk's language.
  const recorded = await pageApi<CaseState>(page, 'recordReturn', {
    purchase: { purchaseDate: localToday(), proof: 'receipt', receiptNo: 'KYIV01-T1-777' },
    lines: [{ item: 'Тостер Philips', qty: 1, unitPrice: { amount: 49900, currency: 'UAH' }, reason: 'changed_mind', condition: 'new', restock: true }],
    refundMethod: 'cash',
    customer: buyer,
  });
  const { caseNo } = recorded.value!;
  await expect(customerPage.getByRole('heading', { name: uk.question })).toBeVisible();
  await showsNoCaseData(customerPage, caseNo);

  // The list shows the contact masked; the case, in full. There the clerk asks again in Russian.
  await page.reload(); // the list as it is now (the return went in through the API)
  await page.getByRole('button', { name: ui.nav.cases }).click();
  const row = page.getByTestId('case-row').filter({ hasText: caseNo });
  await expect(row).toContainText(maskPhone(buyer.phone));
  await expect(row).not.toContainText(buyer.phone);
  await expect(row).not.toContainText(buyer.name);
  await row.getByRole('button', { name: caseNo }).click();
  await expect(page.getByRole('heading', { name: caseNo })).toBeVisible();
  await expect(page.locator('.facts-panel')).toContainText(buyer.phone);
  await page.getByLabel(uk.panel.language).selectOption('ru');
  await page.getByRole('button', { name: uk.panel.ask }).click();
  await expect(page.getByText(uk.panel.asked)).toBeVisible();

  await expect(customerPage.getByRole('heading', { name: ru.question })).toBeVisible();
  await expect(customerPage.locator('html')).toHaveAttribute('lang', 'ru');
  await showsNoCaseData(customerPage, caseNo);
  await noAxeViolations(customerPage);
  await customerPage.screenshot({ path: 'test-results/screens/customer-question-ru.png' });
  // Sending without a choice says what is missing; then the customer answers.
  await customerPage.getByRole('button', { name: ru.send }).click();
  await expect(customerPage.getByRole('alert')).toHaveText(ru.pickBoth);
  await customerPage.getByRole('button', { name: ru.solved.partly }).click();
  await customerPage.getByRole('button', { name: ru.star.replace('{{score}}', '4') }).click();
  await customerPage.getByLabel(ru.comment).fill('Вежливо, но долго ждала');
  await customerPage.getByRole('button', { name: ru.send }).click();
  await expect(customerPage.getByRole('heading', { name: ru.thanks })).toBeVisible();
  await showsNoCaseData(customerPage, caseNo);
  // Then idle again: the store's name, nothing else.
  await expect(customerPage.getByRole('heading', { name: storeName })).toBeVisible({ timeout: 15_000 });
  await showsNoCaseData(customerPage, caseNo);

  // The case shows the rating.
  await page.reload();
  await page.getByRole('button', { name: ui.nav.cases }).click();
  await page.getByTestId('case-row').filter({ hasText: caseNo }).getByRole('button', { name: caseNo }).click();
  await expect(page.locator('.facts-panel')).toContainText('4/5');
  await expect(page.locator('.facts-panel')).toContainText('Вежливо, но долго ждала');
  const saved = await pageApi<{ case: CaseState }>(page, 'getCase', { caseId: recorded.value!.id });
  expect(saved.value!.case.feedback).toMatchObject({ score: 4, solved: 'partly', language: 'ru' });
});

test("a manager finds everything about one customer, exports it and erases it", async ({ page }) => {
  await signedInDesk(page);
  const who = { name: 'Ігор Мельник', phone: '+380 50 777 66 55' };
  const ret = await pageApi<CaseState>(page, 'recordReturn', {
    purchase: { purchaseDate: localToday(), proof: 'receipt', receiptNo: 'KYIV01-T1-778' },
    lines: [{ item: 'Чайник Tefal', qty: 1, unitPrice: { amount: 89900, currency: 'UAH' }, reason: 'changed_mind', condition: 'new', restock: true }],
    refundMethod: 'cash', customer: who,
  });
  const complaint = await pageApi<CaseState>(page, 'openComplaint', { kind: 'service', remedy: 'none', description: 'Довго чекав біля каси', customer: { phone: '050 777 66 55' } });
  const ids = [ret.value!.id, complaint.value!.id].sort();
  await page.reload();
  await page.getByRole('button', { name: privacy.menu }).click();
  await page.getByLabel(privacy.query).fill('050 777 66 55');
  await page.getByLabel(privacy.pin).fill(MANAGER_PIN);
  await page.getByRole('button', { name: privacy.find }).click();
  await expect(page.getByText(privacy.found.replace('{{count}}', '2'))).toBeVisible();
  for (const c of [ret.value!, complaint.value!]) await expect(page.locator('.privacy-summary')).toContainText(c.caseNo);
  const { violations } = await new AxeBuilder({ page }).include('.privacy-screen').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: privacy.exportJson }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as CustomerData;
  expect(exported.cases.map((c) => c.case.id).sort()).toEqual(ids);
  expect(exported.cases.every((c) => c.events.length > 0)).toBe(true);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: privacy.erase }).click();
  await expect(page.getByText(privacy.erasedCount.replace('{{count}}', '2'))).toBeVisible();
  for (const caseId of ids) {
    const after = await pageApi<{ case: CaseState }>(page, 'getCase', { caseId });
    expect(after.value!.case.customer).toBeUndefined();
    expect(after.value!.case.erased).toMatchObject({ reason: 'request' });
  }
});

