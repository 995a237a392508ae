import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../shared/i18n/ui/uk.js';
import { terms } from '../../shared/i18n/terms/uk.js';
import { staff as st } from '../../shared/i18n/staff/uk.js';
import { reports as rp } from '../../shared/i18n/reports/uk.js';
import { receipt } from '../../shared/i18n/receipt/uk.js';
import type { CaseDetail, CaseSummary, Session } from '../../shared/api/cases.js';
import type { StaffMember } from '../../shared/api/staff.js';
import { MANAGER_PIN, pageApi, signedInDesk } from './desk-page.js';
import { ownDesk } from './own-desk.js';
import { pngImage, WHITE } from '../helpers/logo-images.js';

// A Ukrainian desk of its own, set up as the shared one is (desk-page.ts): what these tests do to
// staff, PINs and idle time must not meet what other specs leave on the shared desk (their wrong
// PINs lock every PIN check). Labels come from the catalogs the UI uses.
test.use({ viewport: { width: 1366, height: 768 } });
let desk: Awaited<ReturnType<typeof ownDesk>>;
test.beforeAll(async () => { desk = await ownDesk('uk', 5196, { setUp: false }); });
test.afterAll(async () => { await desk.close(); });

const CLERK = { name: 'Тарас', pin: '7351' };
/** A store logo: a dark disc and a grey ramp beside it (what dithering has to keep). */
const LOGO = pngImage(240, 80, (x, y) => {
  if ((x - 40) ** 2 + (y - 40) ** 2 < 36 ** 2) return [20, 40, 120, 255];
  const level = Math.round((255 * (x - 90)) / 150);
  return x >= 90 && y > 20 && y < 60 ? [level, level, level, 255] : WHITE;
});
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name, exact: true });
const row = (page: Page, name: string) => page.locator('.staff-table tbody tr').filter({ has: page.getByText(name, { exact: true }) });

/** What axe-core finds on the screen as it is now, named by where. */
async function violations(page: Page, where: string) {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map((v) => `${where}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function signInWith(page: Page, pin: string) {
  await page.getByLabel(ui.signIn.pin).fill(pin);
  await page.getByLabel(ui.signIn.pin).press('Enter');
  await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
}

test('a manager edits staff: role, deactivation, a PIN reset; and the store details', async ({ page }) => {
  await signedInDesk(page, desk.url);
  await pageApi(page, 'addStaff', { name: CLERK.name, role: 'clerk', pin: CLERK.pin });
  await page.goto(desk.url);
  await menu(page, ui.nav.staff).click();

  await page.getByRole('button', { name: `${st.list.edit}: ${CLERK.name}` }).click();
  await page.locator('.staff-edit').getByLabel(st.list.name).fill('Тарас Шевчук');
  await page.locator('.staff-edit').getByLabel(st.list.role).selectOption('manager');
  await page.locator('.staff-edit').getByRole('button', { name: st.list.save }).click();
  await expect(page.getByRole('status')).toHaveText(st.list.updated.replace('{{name}}', 'Тарас Шевчук'));
  await expect(row(page, 'Тарас Шевчук')).toContainText(terms.role.manager);

  await page.getByRole('button', { name: `${st.list.deactivate}: Тарас Шевчук` }).click();
  await expect(row(page, 'Тарас Шевчук')).toContainText(st.list.inactive);
  // Deactivated: their PIN signs nobody in (and the manager stays signed in).
  expect(await pageApi(page, 'signIn', { pin: CLERK.pin })).toMatchObject({ ok: false, error: { code: 'wrong_pin' } });
  await page.getByRole('button', { name: `${st.list.reactivate}: Тарас Шевчук` }).click();
  await expect(row(page, 'Тарас Шевчук')).toContainText(st.list.active);

  await page.getByRole('button', { name: `${st.list.resetPin}: Тарас Шевчук` }).click();
  // The manager's own PIN is taken: said so, in Ukrainian, at the field.
  await page.locator('.staff-edit').getByLabel(st.list.newPin.replace('{{name}}', 'Тарас Шевчук')).fill(MANAGER_PIN);
  await page.locator('.staff-edit').getByRole('button', { name: st.list.resetPin }).click();
  await expect(page.locator('.staff-edit')).toContainText('PIN');
  await page.locator('.staff-edit').getByLabel(st.list.newPin.replace('{{name}}', 'Тарас Шевчук')).fill('735199');
  await page.locator('.staff-edit').getByRole('button', { name: st.list.resetPin }).click();
  await expect(row(page, 'Тарас Шевчук')).toContainText(st.list.mustChangePin);
  expect(await violations(page, 'staff')).toEqual([]);
  const members = (await pageApi<StaffMember[]>(page, 'listStaffMembers', {})).value!;
  expect(members.find((m) => m.name === 'Тарас Шевчук')).toMatchObject({ role: 'manager', active: true, mustChangePin: true });

  await menu(page, ui.nav.settings).click();
  const store = page.locator('form.store-details');
  await store.getByLabel(st.store.vatId).fill('UA1234567890');
  await store.getByLabel(st.store.phone).fill('+380 44 123 45 67');
  // A new country says what it changes, and needs a tick.
  await store.getByLabel(st.store.country).selectOption('CZ');
  const warning = store.getByRole('alert').filter({ hasText: 'UAH → CZK' });
  await expect(warning).toBeVisible();
  // In figures, in Ukrainian: 14 days to return becomes 30; Bulgaria would bring its complaints register.
  const days = (n: number) => new Intl.NumberFormat('uk', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
  await expect(warning).toContainText(st.store.returnWindowChange.replace('{{from}}', days(14)).replace('{{to}}', days(30)));
  await expect(warning).not.toContainText(st.store.registerStarts);
  await store.getByLabel(st.store.country).selectOption('BG');
  await expect(store.getByRole('alert')).toContainText(st.store.registerStarts);
  await store.getByLabel(st.store.country).selectOption('UA');
  await expect(store.getByText('UAH → CZK')).toHaveCount(0);
  await store.getByRole('button', { name: st.store.save }).click();
  await expect(store.getByRole('status')).toHaveText(st.store.saved);
  const session = (await pageApi<Session>(page, 'getSession', {})).value!;
  expect(session.setup).toMatchObject({ vatId: 'UA1234567890', phone: '+380 44 123 45 67', country: 'UA', currency: 'UAH' });

  // The logo: a real PNG is taken and shown; a text file named .png is refused in Ukrainian.
  const logoInput = page.locator('.store-logo input[type="file"]');
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(page.locator('.store-logo').getByRole('alert')).toContainText('PNG');
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await expect(page.getByRole('img', { name: st.logo.alt })).toBeVisible();
  expect(await violations(page, 'settings')).toEqual([]);
  // The receipt preview starts with the logo as the paper gets it: 576 dots (80 mm), 240 × 80 doubled to fit 160 dots high.
  await menu(page, receipt.screen.title).click();
  const printed = page.locator('.end-of-day .receipt-preview img.receipt-logo');
  await expect(printed).toBeVisible();
  expect(await printed.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([576, 160]);
  expect(await violations(page, 'printer')).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/receipt-logo-1366x768.png', fullPage: true });
});

test('the idle lock: the same clerk comes back to their form; someone else does not see it', async ({ page }) => {
  await page.clock.install();
  await signedInDesk(page, desk.url);
  await pageApi(page, 'addStaff', { name: 'Ірина', role: 'clerk', pin: '7361' });
  await pageApi(page, 'signOut', {});
  await page.goto(desk.url);
  await signInWith(page, '7361');
  await page.keyboard.press('F4');
  await page.getByLabel(ui.purchase.receiptNo).fill('ЧЕК-777');
  // Five idle minutes (the default) on the page's clock.
  await page.clock.fastForward('05:01');
  await expect(page.getByLabel(ui.signIn.pin)).toBeVisible();
  // The sign-in screen says why it is there, and that the form waits.
  await expect(page.getByTestId('idle-locked')).toHaveText(ui.signIn.lockedIdle.replace('{{minutes}}', '5'));
  await expect(page.getByLabel(ui.purchase.receiptNo)).toHaveCount(0);
  await signInWith(page, '7361');
  await expect(page.getByLabel(ui.purchase.receiptNo)).toHaveValue('ЧЕК-777');

  await page.clock.fastForward('05:01');
  await expect(page.getByLabel(ui.signIn.pin)).toBeVisible();
  await signInWith(page, MANAGER_PIN);
  await expect(page.getByLabel(ui.purchase.receiptNo)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: ui.list.title })).toBeVisible();
  // F9: the complaints past or near their deadline, whatever screen the clerk is on.
  await page.keyboard.press('F4');
  await page.keyboard.press('F9');
  await expect(page.getByRole('heading', { name: rp.due.title })).toBeVisible();
});

test('a report: charts under the CSP, CSV export whose figures match the cases', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text()); });
  await page.goto(desk.url);
  await pageApi(page, 'signOut', {});
  await signedInDesk(page, desk.url);
  const today = (await page.evaluate(() => new Date().toLocaleDateString('sv'))) as string;
  await pageApi(page, 'recordReturn', {
    purchase: { purchaseDate: today, proof: 'receipt', receiptNo: 'R-REP-1' }, refundMethod: 'cash',
    lines: [{ item: 'Праска', qty: 1, unitPrice: { amount: 1234_50, currency: 'UAH' }, reason: 'defective', condition: 'used', restock: false }],
  });
  await page.goto(desk.url);
  await menu(page, rp.nav).click();
  await page.getByRole('button', { name: rp.lastWeek }).click();
  await expect(page.locator('.report-chart canvas')).toHaveCount(3);
  await page.getByRole('button', { name: rp.thisMonth }).click();
  await expect(page.getByRole('heading', { name: rp.section.refundsByMethod })).toBeVisible();
  expect(await violations(page, 'reports')).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/reports-1366x768.png', fullPage: false });
  await page.screenshot({ path: 'test-results/screens/reports-1366x768-full.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: rp.exportCsv }).click()]);
  expect(download.suggestedFilename()).toMatch(/^report-KYIV01-A-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe([rp.column.section, rp.column.item, rp.column.detail, rp.column.count, rp.column.value, rp.column.unit].join(';'));

  // The figures, recomputed from the cases this month as the desk lists them.
  const monthStart = `${today.slice(0, 8)}01`;
  const listed = (await pageApi<{ items: CaseSummary[] }>(page, 'listCases', { limit: 200 })).value!.items;
  const details = await Promise.all(listed.map(async (c) => (await pageApi<CaseDetail>(page, 'getCase', { caseId: c.id })).value!.case));
  const inMonth = details.filter((c) => new Date(Number(c.openedAt.slice(0, 15))).toLocaleDateString('sv') >= monthStart && c.caseNo.startsWith('KYIV01-A-'));
  const refunded = (method: string) => inMonth.filter((c) => c.status !== 'voided').reduce((sum, c) => sum
    + (c.return ? (c.return.refund.parts ?? [c.return.refund]).filter((p) => p.method === method).reduce((a, p) => a + p.amount.amount, 0) : 0)
    + (c.exchange && c.exchange.difference.amount < 0 && c.exchange.settlement === method ? -c.exchange.difference.amount : 0), 0);
  const amount = (minor: number) => (minor / 100).toFixed(2).replace('.', ',');
  expect(refunded('cash')).toBeGreaterThanOrEqual(1234_50);
  expect(lines).toContain(`${rp.section.refundsByMethod};${terms.refundMethod.cash};;;${amount(refunded('cash'))};UAH`);
  expect(lines).toContain(`${rp.section.refundsByMethod};${terms.refundMethod.card};;;${amount(refunded('card'))};UAH`);
  const returns = inMonth.filter((c) => c.type === 'return' && c.status === 'recorded').length;
  expect(lines).toContain(`${rp.section.counts};${terms.caseType.return};${terms.status.recorded};${returns};;`);

  // Today's end of day from the reports: this desk has no printer, which is said as a warning, not in green.
  const endOfDay = page.locator('.report-section.end-of-day');
  await endOfDay.getByRole('button', { name: rp.show }).click();
  await endOfDay.getByRole('button', { name: receipt.screen.printEndOfDay }).click();
  await expect(endOfDay.getByRole('status')).toHaveText(receipt.screen.state.skipped);
  await expect(endOfDay.getByRole('status')).not.toHaveClass(/flash/);
  expect(refused).toEqual([]);
});
