import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Locale } from '../../shared/domain/jurisdiction.js';
import { dashboardStrings } from '../../shared/i18n/headoffice-dashboards/index.js';
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { keyLabel } from '../../shared/headoffice/dashboards.js';
import { formatCell } from '../../headoffice/web/src/dashboards/cells.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';
import { dashboardPassword, dashboardUsers, november, october, seedDashboards } from './headoffice-dashboards-seed.js';
import { ui } from '../../shared/i18n/ui/en.js';

// The dashboard screens of head office's web app on a head office of its own (its chain counted by
// hand in headoffice-dashboards-seed.ts): the figures in every language, the cases behind them and
// a case's history, a CSV download, what a regional manager sees, axe-core on every screen.
let ho: TestHeadOffice;
const en = dashboardStrings.en;
const dashboards = `/dashboards?from=${november.from}&to=${november.to}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ho = await startHeadOffice();
  await seedDashboards(ho.db, ho.url);
});
test.afterAll(async () => {
  await ho?.close();
});

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
}

/** Signed in (in English, the users' language) at 1366×768, on November's dashboards once their figures came. */
async function signIn(browser: Browser, role: keyof typeof dashboardUsers): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
  await page.goto(ho.url);
  await page.getByLabel(headofficeStrings.en.signIn.email, { exact: true }).fill(dashboardUsers[role]);
  await page.getByLabel(headofficeStrings.en.signIn.password, { exact: true }).fill(dashboardPassword);
  await page.getByRole('button', { name: headofficeStrings.en.signIn.submit }).click();
  // The dashboards are the first screen of the menu.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.heading);
  await expect(page.getByRole('navigation').getByRole('link').first()).toHaveText(en.nav);
  await page.goto(`${ho.url}${dashboards}`);
  await expect(page.getByRole('list', { name: en.cards.label })).toBeVisible();
  return page;
}

const cardValues = (page: Page, l: Locale, card: keyof typeof en.cards) =>
  page.getByRole('list', { name: dashboardStrings[l].cards.label }).getByRole('listitem').filter({ hasText: dashboardStrings[l].cards[card] }).locator('.dash-card-value').allTextContents();
/** A table's body rows, each as its cells' texts. */
const tableRows = (page: Page, title: string) =>
  page.getByRole('table', { name: title, exact: true }).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));

test('the dashboards in each language: the seeded chain\'s figures, cards and tables, axe-clean', async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  for (const l of ['en', 'cs', 'bg', 'uk', 'ru'] as const) {
    const words = dashboardStrings[l];
    if (l !== 'en') await page.getByRole('banner').getByRole('combobox').selectOption(l);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
    const money = (amount: number, currency: string) => formatCell('value', amount, currency, l);
    // Hand-counted: 2 claims open, both past their deadline; 1 of 2 resolved in time; 3 returns (the voided one not);
    // 129.00 CZK and 50.00 EUR back; 129.00 of 405.00 CZK sold returned; one void; ratings 5, 3 and 4.
    expect(await cardValues(page, l, 'open')).toEqual([formatCell('count', 2, '', l)]);
    expect(await cardValues(page, l, 'overdue')).toEqual([formatCell('count', 2, '', l)]);
    expect(await cardValues(page, l, 'inTime')).toEqual([formatCell('share', 50, '', l)]);
    expect(await cardValues(page, l, 'returns')).toEqual([formatCell('count', 3, '', l)]);
    expect((await cardValues(page, l, 'refunds')).sort()).toEqual([money(12900, 'CZK'), money(5000, 'EUR')].sort());
    expect(await cardValues(page, l, 'returnRate')).toEqual([`${formatCell('rate', 31.9, '', l)} (CZK)`]);
    expect(await cardValues(page, l, 'voids')).toEqual([formatCell('count', 1, '', l)]);
    expect(await cardValues(page, l, 'csat')).toEqual([formatCell('average', 4, '', l)]);
    // Returned goods by reason, largest count first; each row names its currency (two are in the table).
    const reason = (key: string, currency: string, units: number, amount: number) => [`${keyLabel(l, 'reason', key, {})} (${currency})`, formatCell('units', units, '', l), money(amount, currency)];
    expect(await tableRows(page, words.tables.reasons)).toEqual([
      reason('changed_mind', 'CZK', 2, 1000), reason('defective', 'CZK', 1, 9900), reason('defective', 'EUR', 1, 5000), reason('wrong_size', 'CZK', 1, 2000),
    ]);
    await page.screenshot({ path: `test-results/screens/headoffice-dashboards-${l}.png` });
    if (l === 'en' || l === 'uk') await noViolations(page, `dashboards (${l})`);
  }
  await page.context().close();
});

test('drill-down: from a figure to the cases behind it, from a case to its full history; Back returns', async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  // The card of complaints overdue now: PRG01's and BRN01's open claims, oldest deadline first.
  await page.getByRole('list', { name: en.cards.label }).getByRole('link').filter({ hasText: en.cards.overdue }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.drill.overdueHeading);
  await expect(page.getByRole('status')).toHaveText(en.drill.count.replace('{{count}}', '2'));
  await expect(page.locator('tbody th')).toHaveText(['PRG01-A-2026-00003', 'BRN01-A-2026-00002']);
  await noViolations(page, 'overdue complaints');
  // Its way back keeps November.
  await page.getByRole('link', { name: en.drill.back }).click();
  await expect(page).toHaveURL(`${ho.url}${dashboards}`);
  await expect(page.getByRole('list', { name: en.cards.label })).toBeVisible();

  // A table row: refunds of Anna (PRG01), one case, 109.00 CZK (the row names its currency: Vera's are in EUR).
  await page.getByRole('table', { name: en.tables.staff, exact: true }).getByRole('link', { name: 'anna (CZK)', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboards\/cases\?.*figure=refunds.staff&key=anna/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.drill.heading);
  await expect(page.getByRole('status')).toHaveText(en.drill.count.replace('{{count}}', '1'));
  await expect(page.locator('tbody tr')).toHaveText([/PRG01-A-2026-00001.*PRG01.*Return.*CZK\s?109\.00/]);
  await page.screenshot({ path: 'test-results/screens/headoffice-dashboards-drill.png' });

  // The case's history: the return, then the customer's rating, in the order stored.
  await page.getByRole('link', { name: 'PRG01-A-2026-00001' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.history.heading.replace('{{caseNo}}', 'PRG01-A-2026-00001'));
  await expect(page.getByRole('table', { name: en.history.events }).locator('tbody th')).toHaveText([en.events.return_recorded, en.events.feedback_recorded]);
  // Each event's details in words, as the desk shows them: the rating's score, never its JSON.
  const history = page.getByRole('table', { name: en.history.events });
  await expect(history).toContainText(ui.event.score.replace('{{score}}', '5'));
  await expect(history).not.toContainText('{"');
  await noViolations(page, 'case history');
  await page.screenshot({ path: 'test-results/screens/headoffice-dashboards-history.png', fullPage: true });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.drill.heading);
  await noViolations(page, 'cases behind a figure');

  // A cell with no single key: PRG01's ratings (customer satisfaction per store) is Anna's return.
  await page.goBack();
  await page.getByRole('table', { name: en.tables.csatStores, exact: true }).getByRole('link', { name: 'PRG01' }).click();
  await expect(page.locator('tbody th')).toHaveText(['PRG01-A-2026-00001']);
  await page.context().close();
});

test('CSV: a table downloaded in Czech opens right in Excel (BOM, semicolons, decimal comma) with the screen\'s figures', async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  await page.getByRole('banner').getByRole('combobox').selectOption('cs');
  const cs = dashboardStrings.cs;
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: `${cs.download} (${cs.tables.returnRate})` }).click();
  const file = readFileSync(await (await download).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parse(file, { bom: true, delimiter: ';' })).toEqual([
    [cs.keys.store, cs.columns.sales, cs.columns.salesValue, cs.columns.returnedValue, cs.columns.rate, cs.columns.currency],
    ['BRN01', '1', '135,00', '20,00', '14,8', 'CZK'],
    ['PRG01', '2', '270,00', '109,00', '40,4', 'CZK'],
    ['SOF01', '0', '0,00', '50,00', '', 'EUR'],
  ]);
  await page.context().close();
});

test('a regional manager sees only the stores of their region, in the pickers and the figures', async ({ browser }) => {
  const page = await signIn(browser, 'regional_manager');
  await expect(page.getByLabel(en.filters.region, { exact: true }).locator('option')).toHaveText([en.filters.allRegions, 'West']);
  await expect(page.getByLabel(en.filters.store, { exact: true }).locator('option')).toHaveText([en.filters.allStores, 'BRN01', 'PRG01']);
  // West only: PRG01's claim resolved in time, no euros, 129.00 CZK back.
  expect(await cardValues(page, 'en', 'inTime')).toEqual([formatCell('share', 100, '', 'en')]);
  expect(await cardValues(page, 'en', 'refunds')).toEqual([formatCell('value', 12900, 'CZK', 'en')]);
  expect((await tableRows(page, en.tables.returnRate)).map((r) => r[0])).toEqual(['BRN01', 'PRG01']);
  // A range ending before it starts is named before anything is asked.
  await page.getByLabel(en.filters.from, { exact: true }).fill('2026-12-31');
  await expect(page.getByRole('alert')).toHaveText(en.filters.badRange);
  await expect(page.getByLabel(en.filters.from, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(en.filters.from, { exact: true }).fill(november.from);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Narrowed to one store through the pickers: the address holds it, so Back returns to the region.
  await page.getByLabel(en.filters.store, { exact: true }).selectOption('BRN01');
  await page.getByRole('button', { name: en.filters.show }).click();
  await expect(page).toHaveURL(/store=BRN01/);
  await expect(page.getByRole('table', { name: en.tables.returnRate, exact: true }).locator('tbody th')).toHaveText(['BRN01']);
  expect(await cardValues(page, 'en', 'csat')).toEqual([formatCell('average', 3, '', 'en')]);
  await noViolations(page, 'dashboards (regional manager, one store)');
  await page.screenshot({ path: 'test-results/screens/headoffice-dashboards-regional-manager.png' });
  // Another region's store asked for by address is refused, in the user's words.
  await page.goto(`${ho.url}${dashboards}&store=SOF01`);
  await expect(page.getByRole('alert')).toHaveText(headofficeStrings.en.errors.forbidden);
  await page.context().close();
});

test("a reason code of head office's own is named as head office names it, in the table and the drill-down's heading", async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  await page.goto(`${ho.url}/dashboards?from=${october.from}&to=${october.to}`);
  const reasons = (l: Locale) => page.getByRole('table', { name: dashboardStrings[l].tables.reasons, exact: true });
  await expect(reasons('en').locator('tbody th')).toHaveText(['Wrong colour']);
  await page.getByRole('banner').getByRole('combobox').selectOption('cs');
  await expect(reasons('cs').locator('tbody th')).toHaveText(['Jiná barva']);
  // Bulgarian has no name of head office's: the English one.
  await page.getByRole('banner').getByRole('combobox').selectOption('bg');
  await expect(reasons('bg').locator('tbody th')).toHaveText(['Wrong colour']);
  await page.getByRole('banner').getByRole('combobox').selectOption('cs');
  await reasons('cs').getByRole('link', { name: 'Jiná barva' }).click();
  await expect(page).toHaveURL(/figure=returns.reason&key=wrong_colour/);
  await expect(page.locator('.dash-note')).toContainText('Jiná barva');
  await expect(page.locator('tbody th')).toHaveText(['BRN01-A-2026-00003']);
  await page.context().close();
});
