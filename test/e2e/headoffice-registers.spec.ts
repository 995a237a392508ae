import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as mupdf from 'mupdf';
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { registersStrings } from '../../shared/i18n/headoffice-registers/index.js';
import { register } from '../../shared/i18n/register/bg.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';
import { seedRegisterStores } from '../helpers/bg-claims.js';

// The Registers screen at head office, in Bulgarian: a regional manager of Sofia (and of a Czech
// store) sees only Sofia among the BG stores, its register with both desks' claims in the order
// they were lodged, and downloads its PDF and CSV. Head office here is one of its own on a free port.

const ho$ = headofficeStrings.bg;
const r = registersStrings.bg;
const manager = { email: 'registers-manager@e2e.example', password: 'correct horse battery staple' };
/** Desk A filed three claims and desk B two, in turns: A1 B1 A2 B2 A3. */
const filingOrder = ['SOF01-A-2026-R0001', 'SOF01-B-2026-R0001', 'SOF01-A-2026-R0002', 'SOF01-B-2026-R0002', 'SOF01-A-2026-R0003'];

let ho: TestHeadOffice;

test.beforeAll(async () => {
  ho = await startHeadOffice({ webRoot: resolve('dist/headoffice-web') });
  await seedRegisterStores(ho.db);
  await createUser(ho.db, commandLine, { ...manager, name: 'Мария Иванова', role: 'regional_manager', stores: ['SOF01', 'PRG01'], locale: 'bg' });
});

test.afterAll(async () => {
  await ho?.close();
});

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
}

const bytesOf = async (download: Download) => readFileSync((await download.path())!);

test("a regional manager sees their BG store's register in filing order and downloads its PDF and CSV", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'bg-BG' })).newPage();
  await page.goto(ho.url);
  await page.getByLabel(ho$.signIn.email, { exact: true }).fill(manager.email);
  await page.getByLabel(ho$.signIn.password, { exact: true }).fill(manager.password);
  await page.getByRole('button', { name: ho$.signIn.submit }).click();
  await page.getByRole('navigation').getByRole('link', { name: r.nav }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.heading);

  // Only the BG store of the manager's region: not Plovdiv (another region), not Prague (not in BG).
  const store = page.getByLabel(r.store);
  await expect(store.locator('option')).toHaveText([r.choose, 'SOF01 · Магазин София']);
  await noViolations(page, 'the screen before a store is chosen');
  await store.selectOption('SOF01');
  await page.getByLabel(register.year).fill('2026');
  await page.getByRole('button', { name: r.show }).click();
  await expect(page).toHaveURL(/\/registers\/SOF01\/2026$/);

  const table = page.getByRole('table');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Регистър на рекламациите, предявени от потребители в търговския обект Магазин София (SOF01), 2026 г.');
  await expect(page.getByRole('status')).toHaveText('Записи: 5');
  await expect(table.getByRole('columnheader')).toHaveText(Object.values(register.column));
  await expect(table.locator('tbody tr td:first-child')).toHaveText(filingOrder);
  await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(['SOF01-B-2026-R0001', '2026-05-28', 'Клиент B1, +359 888 123 456', 'Чайник B1', 'Kettle 1 does not heat', 'Ремонт', register.pending, '']);
  await noViolations(page, 'the register');

  // The CSV: what Excel opens in Bulgarian (BOM, `;`), the same rows as on screen.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: register.downloadCsv }).click()]);
  expect(csv.suggestedFilename()).toBe('complaints-register-SOF01-2026.csv');
  const text = (await bytesOf(csv)).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parse(text, { bom: true, delimiter: ';' }) as string[][];
  expect(rows[0]).toEqual(Object.values(register.column));
  expect(rows.slice(1).map((row) => row[0])).toEqual(filingOrder);

  // The PDF (A4, made in head office's worker thread): every entry, in filing order.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: register.downloadPdf }).click()]);
  expect(pdf.suggestedFilename()).toBe('complaints-register-SOF01-2026.pdf');
  const doc = mupdf.Document.openDocument(await bytesOf(pdf), 'application/pdf');
  const pageText = doc.loadPage(0).toStructuredText('preserve-whitespace').asText().replace(/\s+/g, '');
  expect(pageText).toContain('Регистърнарекламациите');
  const at = filingOrder.map((no) => pageText.indexOf(no));
  expect(at.every((i, k) => i > (at[k - 1] ?? -1))).toBe(true);

  // Head office busy making other PDFs answers 503 (headoffice/test/register): the screen says so in
  // Bulgarian instead of the browser saving that answer as the PDF.
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.route('**/register.pdf?*', (route) => route.fulfill({
    status: 503, headers: { 'retry-after': '10' }, contentType: 'application/json',
    body: JSON.stringify({ error: 'busy', message: 'Head office is making as many register PDFs as it can at once; try again in 10 seconds.' }),
  }));
  await page.getByRole('link', { name: register.downloadPdf }).click();
  await expect(page.getByRole('alert')).toHaveText(ho$.errors.busy);
  await noViolations(page, 'the register with a refused download');
  await page.unroute('**/register.pdf?*');
  expect(downloads).toEqual([]);

  // A store outside BG, asked for by its address, is refused in the screen's words.
  await page.goto(`${ho.url}/registers/PRG01/2026`);
  await expect(page.getByRole('alert')).toHaveText(r.noRegister);
});
