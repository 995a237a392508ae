import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../shared/i18n/ui/uk.js';
import { terms } from '../../shared/i18n/terms/uk.js';
import type { CaseDetail, CaseSummary, Session } from '../../shared/api/cases.js';
import type { Sale } from '../../shared/sales/sale.js';
import type { CatalogueEntry } from '../../shared/sales/catalogue.js';
import { soldOn } from '../../shared/sales/refund-bounds.js';
import { formatDateInput } from '../../renderer/format/date-input.js';
import { startBrowserHost } from '../../main/browser-host.js';
import { runAdminCommand } from '../../headoffice/src/admin-commands.js';
import { issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { ok, readyDesk } from '../helpers/desk.js';
import { MANAGER_PIN, scan } from './desk-page.js';

// Returns bounded by what the shop sold, at a Ukrainian counter in Lviv: head office on 127.0.0.1
// takes the chain's catalogue and the store's sales from the "till" (its integration API), the desk
// is enrolled and pulls them. The desk here is a browser host of its own (its own data folder and
// port), so the shared desk of the other specs stays as they expect it (not connected).

const STORE = 'LVIV01';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString().replace('Z', '+00:00');

const catalogue: CatalogueEntry[] = [
  { sku: 'KT-200', gtins: ['5901234123457'], names: { uk: 'Електрочайник Bosch', en: 'Bosch kettle' }, price: { amount: 129950, currency: 'UAH' }, returnable: true, warrantyMonths: 24 },
  { sku: 'IR-100', gtins: ['4006381333931'], names: { uk: 'Праска Philips', en: 'Philips iron' }, price: { amount: 89900, currency: 'UAH' }, returnable: true, warrantyMonths: 36 },
  { sku: 'HD-1', gtins: ['96385074'], names: { uk: 'Фен Rowenta', en: 'Rowenta hair dryer' }, price: { amount: 59900, currency: 'UAH' }, returnable: true, warrantyMonths: 12 },
];
const sale = (id: string, receiptNo: string, receiptBarcode: string, soldAt: string, lines: Sale['lines'], method: 'cash' | 'card' = 'cash'): Sale => ({
  id, store: STORE, till: receiptNo.split('-')[1]!, receiptNo, receiptBarcode, soldAt, currency: 'UAH', lines, receiptDiscounts: [],
  payments: [{ method, amount: lines.reduce((sum, l) => sum + l.quantity * l.unitPrice - l.discount, 0) }],
});
const line = (id: string, sku: string, gtin: string, name: string, quantity: number, unitPrice: number): Sale['lines'][number] =>
  ({ id, sku, gtin, name, quantity, unitPrice, discount: 0, vatRate: 20 });
// A kettle and two irons yesterday, in cash; the till names them its own way, the counter shows the catalogue's names.
const kettleAndIrons = sale('E2E-S-101', 'LVIV01-T1-000101', 'RB0000101', hoursAgo(26), [
  line('1', 'KT-200', '5901234123457', 'Чайник BOSCH TWK3A011', 1, 129950), line('2', 'IR-100', '4006381333931', 'Праска PHILIPS GC1751', 2, 89900),
]);
const dryer = sale('E2E-S-202', 'LVIV01-T2-000202', 'RB0000202', hoursAgo(3), [line('1', 'HD-1', '96385074', 'Фен ROWENTA CV1', 1, 59900)]);
// Three years ago, by card: no longer on the desk (outside the store's window), found at head office.
// A till that numbers its receipts from 1 again each day: two sales with one number, days apart.
const sameNumber = [hoursAgo(30), hoursAgo(24 * 5)].map((soldAt, i) =>
  sale(`E2E-S-300-${i}`, 'LVIV01-T3-000300', `RB0000300${i}`, soldAt, [line('1', 'IR-100', '4006381333931', 'Праска PHILIPS GC1751', 1, 89900 - i * 1000)]));
const oldDryer = sale('E2E-S-007', 'LVIV01-T1-000007', 'RB0000007', hoursAgo(3 * 365 * 24), [line('1', 'HD-1', '96385074', 'Фен ROWENTA CV1', 1, 59900)], 'card');

let ho: TestHeadOffice;
let host: Awaited<ReturnType<typeof startBrowserHost>>;
let dataDir: string;

/** The desk's API from the test, with the page's token (for what the UI is not under test for). */
async function deskApi<T>(method: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': host.token }, body: JSON.stringify(input) });
  return ok((await res.json()) as { ok: true; value: T } | { ok: false; error: unknown });
}
const deskApiResult = async (method: string, input: unknown) =>
  (await (await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': host.token }, body: JSON.stringify(input) })).json()) as { ok: boolean; error?: { code: string } };

const freePort = () => new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => done(port));
  });
});

async function fromTill(path: string, token: string, body: unknown) {
  const res = await fetch(`${ho.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(200);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  ho = await startHeadOffice();
  const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'Till', stores: STORE })) as { token: string };
  await fromTill('/v1/catalogue', token, { items: catalogue });
  await fromTill('/v1/sales', token, { sales: [kettleAndIrons, dryer, oldDryer, ...sameNumber] });

  dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-sales-'));
  host = await startBrowserHost({ dataDir, port: await freePort(), rendererDir: resolve('dist/renderer') });
  await deskApi<Session>('completeSetup', {
    setup: { storeCode: STORE, storeName: 'Побутова техніка, Львів', companyId: '12345678', address: 'пл. Ринок, 1, Львів', deskCode: 'A', country: 'UA', language: 'uk', currency: 'UAH' },
    manager: { name: 'Олена Коваль', pin: MANAGER_PIN },
  });
  await deskApi('enroll', { url: ho.url, code: await issueEnrollmentCode(ho.db, { storeCode: STORE, deskCode: 'A' }) });
  await deskApi('syncNow', {});
  expect(await deskApi<{ sales: number; products: number }>('salesStatus', {})).toMatchObject({ sales: 4, products: 3 });
});

test.afterAll(async () => {
  await host?.close();
  await ho?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The counter of this spec's desk, every key and click of the clerk counted (the scanner's are not: see `scanned`). */
async function counter(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { clerk: { actions: number; scanning: boolean } };
    w.clerk = { actions: 0, scanning: false };
    const count = () => {
      if (!w.clerk.scanning) w.clerk.actions += 1;
    };
    addEventListener('keydown', count, true);
    addEventListener('pointerdown', count, true);
  });
  await page.goto(host.url);
  await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
  // The clerk's kept drafts (an earlier test's unsaved form) are on the screen before a form is opened.
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
}
const clerkActions = (page: Page) => page.evaluate(() => (window as unknown as { clerk: { actions: number } }).clerk.actions);
const resetCount = (page: Page) => page.evaluate(() => void ((window as unknown as { clerk: { actions: number } }).clerk.actions = 0));

/** A receipt scanned by the wedge scanner: its keys are not the clerk's. */
async function scanned(page: Page, code: string) {
  await page.evaluate(() => void ((window as unknown as { clerk: { scanning: boolean } }).clerk.scanning = true));
  await scan(page, code);
  await page.evaluate(() => void ((window as unknown as { clerk: { scanning: boolean } }).clerk.scanning = false));
}

const saleView = (page: Page) => page.getByTestId('sale-view');
const tick = (page: Page, item: string) => page.getByRole('checkbox', { name: ui.sale.tick.replace('{{item}}', item) });
const savedAs = (page: Page) => page.getByRole('status').filter({ hasText: /LVIV01-A-\d{4}-\d{5}/ });

test('a scanned receipt, one line ticked, refunded in cash: the clerk presses at most 5 keys or buttons', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F2');
  await resetCount(page);

  await scanned(page, kettleAndIrons.receiptBarcode!);
  await expect(page.getByRole('heading', { name: ui.return.title })).toBeVisible();
  await expect(saleView(page)).toContainText(ui.sale.title.replace('{{receiptNo}}', kettleAndIrons.receiptNo));
  // The catalogue's names, sold / already returned / may return per line; nothing ticked with two lines to choose from.
  await expect(tick(page, 'Електрочайник Bosch')).not.toBeChecked();
  await expect(saleView(page).getByTestId('left-qty')).toHaveText(['1', '2']);
  await page.screenshot({ path: 'test-results/screens/sale-01-scanned.png', fullPage: true });

  await tick(page, 'Електрочайник Bosch').click();
  await page.getByRole('radio', { name: terms.refundMethod.cash }).click();
  await expect(page.getByTestId('refund-total')).toHaveText(/^1\s299,50\s/);
  await page.getByRole('button', { name: ui.form.save }).click();
  await expect(savedAs(page)).toBeVisible();
  await expect(page.locator('.facts-panel')).toContainText(terms.refundMethod.cash);
  await expect(page.locator('.facts-panel')).toContainText(kettleAndIrons.receiptNo);
  await page.screenshot({ path: 'test-results/screens/sale-02-saved.png', fullPage: true });

  const actions = await clerkActions(page);
  console.log(`clerk's keys and clicks for "scan, tick, cash, save": ${actions}`);
  expect(actions).toBeLessThanOrEqual(5);
});

test('the same line again: shown with nothing left and refused by the desk; too many, or a method not paid with, refused at the field', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F2');
  await scanned(page, kettleAndIrons.receiptBarcode!);
  await expect(saleView(page).getByTestId('left-qty')).toHaveText(['0', '2']);
  await expect(tick(page, 'Електрочайник Bosch')).toBeDisabled();
  await expect(saleView(page).getByRole('row').filter({ hasText: 'Електрочайник Bosch' })).toContainText(ui.sale.nothingLeft);
  await page.screenshot({ path: 'test-results/screens/sale-03-second-scan.png', fullPage: true });

  // Straight to the desk's API, as if the form did not know: refused all the same.
  const again = await deskApiResult('recordReturn', {
    purchase: { saleId: kettleAndIrons.id, receiptNo: kettleAndIrons.receiptNo, purchaseDate: soldOn(kettleAndIrons), proof: 'receipt' },
    lines: [{ item: 'Чайник', qty: 1, unitPrice: { amount: 129950, currency: 'UAH' }, reason: 'changed_mind', condition: 'new', restock: true, saleLineId: '1' }],
    refundMethod: 'cash',
  });
  expect(again.error?.code).toBe('sale_line_returned');

  // The only line left to take is ticked already.
  await expect(tick(page, 'Праска Philips')).toBeChecked();
  const qty = page.locator('input[name="lines.0.qty"]');
  await qty.fill('3');
  await page.getByRole('button', { name: ui.form.save }).click();
  await expect(page.locator('[data-field="lines.0.qty"]')).toContainText(ui.sale.overLeft);
  await qty.fill('2');
  // Paid in cash only: nothing can go back to a card.
  await page.getByRole('radio', { name: terms.refundMethod.card }).click();
  await expect(page.locator('[data-field="refundMethod"]')).toContainText(ui.sale.methodShort.replace('{{method}}', terms.refundMethod.card).split('{{left}}')[0]!);
  await page.getByRole('radio', { name: ui.sale.original }).click();
  await expect(page.getByTestId('refund-parts')).toContainText(terms.refundMethod.cash);
  await expect(page.getByTestId('refund-total')).toHaveText(/^1\s798,00\s/);
});

test('a receipt number typed: several sales with it are offered to pick from; one nobody sold is said, and the form stays for typing by hand', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: ui.return.title })).toBeVisible();
  // The earlier test's sale is still on the clerk's kept draft: back to typing by hand.
  const byHand = page.getByRole('button', { name: ui.sale.byHand });
  if (await byHand.isVisible()) await byHand.click();
  const receipt = page.getByLabel(ui.sale.receipt);
  await receipt.fill('LVIV01-T9-999999');
  await receipt.press('Enter');
  await expect(page.locator('.receipt-lookup').getByRole('alert')).toContainText('LVIV01-T9-999999');
  await expect(page.getByLabel(ui.purchase.date)).toBeVisible();

  await receipt.fill('t3-000300');
  await receipt.press('Enter');
  const choices = page.getByRole('group', { name: ui.sale.several });
  await expect(choices.getByRole('button')).toHaveCount(2);
  // The one the customer holds: 889,00, not yesterday's 899,00.
  await choices.getByRole('button', { name: /889,00/ }).click();
  await expect(saleView(page)).toHaveAttribute('data-sale', sameNumber[1]!.id);
  await expect(page.getByRole('group', { name: ui.sale.several })).toHaveCount(0);
});

test('a return by hand: an EAN scanned into a line fills it from the catalogue, a name typed finds the item', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F4');
  await expect(page.getByRole('heading', { name: ui.return.title })).toBeVisible();
  // The earlier test's sale is still on the clerk's kept draft: back to typing by hand.
  const byHand = page.getByRole('button', { name: ui.sale.byHand });
  if (await byHand.isVisible()) await byHand.click();
  await page.locator('input[name="lines.0.item"]').click();
  await scan(page, '5901234123457');
  await expect(page.locator('input[name="lines.0.item"]')).toHaveValue('Електрочайник Bosch');
  await expect(page.locator('input[name="lines.0.sku"]')).toHaveValue('KT-200');
  await expect(page.locator('input[name="lines.0.unitPrice"]')).toHaveValue('1299,50');

  await page.getByRole('button', { name: ui.lines.add }).click();
  await page.locator('input[name="lines.1.item"]').pressSequentially('прас', { delay: 50 });
  await page.getByRole('list', { name: ui.lines.suggestions.replace('{{n}}', '2') }).getByRole('button', { name: /Праска Philips/ }).click();
  await expect(page.locator('input[name="lines.1.sku"]')).toHaveValue('IR-100');
  await expect(page.locator('input[name="lines.1.unitPrice"]')).toHaveValue('899,00');
  await page.screenshot({ path: 'test-results/screens/sale-04-manual-ean.png', fullPage: true });
});

test('a complaint filled from a receipt shows the guarantee end; an expired one is said before filing, and filing still works', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F3');
  const receipt = page.getByLabel(ui.sale.receipt);
  await receipt.fill(kettleAndIrons.receiptNo);
  await receipt.press('Enter');
  await page.getByRole('button', { name: /Праска Philips/ }).click();
  await expect(page.getByLabel(ui.complaint.productName)).toHaveValue('Праска Philips');
  await expect(page.getByLabel(ui.purchase.date)).toHaveValue(formatDateInput(soldOn(kettleAndIrons), 'uk'));
  await expect(page.getByLabel(ui.purchase.receiptNo)).toHaveValue(kettleAndIrons.receiptNo);
  // The iron's own 36 months, longer than the 24 of the law.
  await expect(page.getByTestId('guarantee')).toContainText(ui.complaint.guaranteeUntil.split('{{')[0]!);
  await expect(page.getByTestId('guarantee')).toContainText(String(Number(soldOn(kettleAndIrons).slice(0, 4)) + 3));

  // Typed as printed, with the store's prefix: three years old, so head office has it, not the desk.
  await receipt.fill('lviv01 t1 000007');
  await receipt.press('Enter');
  await expect(page.getByLabel(ui.complaint.productName)).toHaveValue('Фен Rowenta');
  await expect(page.getByLabel(ui.complaint.sku)).toHaveValue('96385074');
  await expect(page.getByTestId('product-price')).toContainText('599,00');
  await expect(page.getByTestId('guarantee')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('guarantee')).toContainText(ui.complaint.guaranteeEnded.split('{{')[0]!);
  await page.getByLabel(ui.complaint.description).fill('Фен перегрівається і вимикається');
  await page.getByLabel(ui.customer.phone).fill('+380 67 222 33 44');
  await page.screenshot({ path: 'test-results/screens/sale-05-complaint-expired.png', fullPage: true });
  await page.getByRole('button', { name: ui.form.save }).click();
  await expect(savedAs(page)).toBeVisible();
  await expect(page.locator('.facts-panel')).toContainText(oldDryer.receiptNo);
});

test('an exchange takes the items back from the scanned sale the same way; the new item is scanned into its line', async ({ page }) => {
  await counter(page);
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { name: ui.exchange.title })).toBeVisible();
  // Scanned on the exchange form: the sale comes onto it, not into a new return.
  await scanned(page, kettleAndIrons.receiptBarcode!);
  await expect(page.getByRole('heading', { name: ui.exchange.title })).toBeVisible();
  await expect(tick(page, 'Праска Philips')).toBeChecked();
  await expect(page.locator('input[name="returned.0.qty"]')).toHaveValue('1');
  await page.locator('input[name="issued.0.item"]').click();
  await scan(page, '5901234123457');
  await expect(page.locator('input[name="issued.0.item"]')).toHaveValue('Електрочайник Bosch');
  // 1 299,50 for the kettle less the 899,00 the iron was paid.
  await expect(page.getByTestId('net-difference')).toHaveText(/400,50/);
  await page.screenshot({ path: 'test-results/screens/sale-06-exchange.png', fullPage: true });
  await page.getByRole('button', { name: ui.form.save }).click();
  await expect(savedAs(page)).toBeVisible();
  await expect(page.locator('.facts-panel')).toContainText(kettleAndIrons.receiptNo);
  // Recorded under the name the counter showed: the catalogue's, in the desk's language.
  await expect(page.locator('.facts-panel')).toContainText('Праска Philips');
});

test('two desks offline refund the same dryer: after both sync, the conflict is on the case (badge, banner) and on head office\'s page', async ({ page }) => {
  test.setTimeout(120_000);
  // Desk B: a Node desk of the same store that syncs only when told (offline until then).
  const deskB = await readyDesk({ storeCode: STORE, deskCode: 'B', country: 'UA', language: 'uk', currency: 'UAH' },
    { sync: { intervalMs: 3_600_000, debounceMs: 3_600_000, backoff: { baseMs: 5, maxMs: 100 } } });
  try {
    ok(await deskB.client.enroll({ url: ho.url, code: await issueEnrollmentCode(ho.db, { storeCode: STORE, deskCode: 'B' }) }));
    ok(await deskB.client.syncNow({}));
    const atB = ok(await deskB.client.recordReturn({
      purchase: { saleId: dryer.id, receiptNo: dryer.receiptNo, purchaseDate: soldOn(dryer), proof: 'receipt' },
      lines: [{ item: 'Фен', qty: 1, unitPrice: { amount: 59900, currency: 'UAH' }, reason: 'changed_mind', condition: 'new', restock: true, saleLineId: '1' }],
      refundMethod: 'original',
    }));

    // Desk A (the browser) has not heard of B's return: the dryer's one line is there to take, ticked already.
    await counter(page);
    await page.keyboard.press('F2');
    await scanned(page, dryer.receiptBarcode!);
    await expect(tick(page, 'Фен Rowenta')).toBeChecked();
    await page.getByRole('button', { name: ui.form.save }).click();
    await expect(savedAs(page)).toBeVisible();
    const caseNo = (await page.locator('.case-header .case-no').textContent())!;

    ok(await deskB.client.syncNow({}));
    await expect.poll(async () => {
      await deskApi('syncNow', {});
      const found = await deskApi<{ items: CaseSummary[] }>('listCases', { query: caseNo, limit: 5 });
      return found.items[0]?.conflict;
    }, { timeout: 30_000 }).toBe(true);

    await page.keyboard.press('F2');
    const row = page.getByTestId('case-row').filter({ hasText: caseNo });
    await expect(row.getByTestId('conflict-badge')).toHaveText(ui.list.conflict);
    await page.screenshot({ path: 'test-results/screens/sale-07-conflict-list.png', fullPage: true });
    await row.getByRole('button', { name: caseNo }).click();
    const banner = page.getByTestId('conflict');
    await expect(banner).toContainText(ui.conflict.title);
    await expect(banner).toContainText(dryer.receiptNo);
    await expect(banner).toContainText('Фен Rowenta');
    // B's case came down with the pull: a link to it.
    await expect(banner.getByRole('button', { name: atB.caseNo })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/sale-08-conflict-banner.png', fullPage: true });

    // The returns manager at head office, signed in to its web app (in the browser's Ukrainian).
    await createUser(ho.db, commandLine, { email: 'returns@chain.example', name: 'Returns', role: 'viewer', stores: [], locale: 'uk', password: 'correct horse battery' });
    const conflicts = await page.context().newPage();
    await conflicts.goto(`${ho.url}/conflicts`);
    await conflicts.getByLabel(headofficeStrings.uk.signIn.email).fill('returns@chain.example');
    await conflicts.getByLabel(headofficeStrings.uk.signIn.password).fill('correct horse battery');
    await conflicts.getByRole('button', { name: headofficeStrings.uk.signIn.submit }).click();
    await expect(conflicts.getByRole('heading', { level: 1 })).toHaveText(headofficeStrings.uk.conflicts.heading);
    await expect(conflicts.locator('body')).toContainText(dryer.receiptNo);
    await expect(conflicts.locator('body')).toContainText(caseNo);
    await expect(conflicts.locator('body')).toContainText(atB.caseNo);
    await conflicts.screenshot({ path: 'test-results/screens/sale-09-headoffice-conflicts.png', fullPage: true });
    await conflicts.close();

    await banner.locator('summary', { hasText: ui.conflict.settle }).click();
    await banner.getByLabel(ui.conflict.note).fill('Клієнт повернув 599,00 грн готівкою');
    await banner.getByLabel(ui.action.voidPin).fill(MANAGER_PIN);
    await banner.getByRole('button', { name: ui.conflict.settle }).click();
    await expect(banner).toContainText(ui.conflict.settledTitle);
    await expect(banner).toContainText('Клієнт повернув 599,00 грн готівкою');
    await expect(banner).toContainText('Олена Коваль');
    await page.screenshot({ path: 'test-results/screens/sale-10-settled.png', fullPage: true });
    const detail = await deskApi<CaseDetail>('getCase', { caseId: (await deskApi<{ items: CaseSummary[] }>('listCases', { query: caseNo, limit: 5 })).items[0]!.id });
    expect(detail.case.conflict?.settled?.note).toBe('Клієнт повернув 599,00 грн готівкою');
  } finally {
    deskB.remove();
  }
});
