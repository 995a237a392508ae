import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { dashboardStrings } from '../../shared/i18n/headoffice-dashboards/index.js';
import { registersStrings } from '../../shared/i18n/headoffice-registers/index.js';
import { storesStrings } from '../../shared/i18n/headoffice-stores/index.js';
import { referenceStrings } from '../../shared/i18n/headoffice-reference/index.js';
import type { Locale } from '../../shared/domain/jurisdiction.js';
import type { Role } from '../../shared/headoffice/access.js';
import { e2ePassword, e2eUsers, headOfficePort } from './headoffice-users.js';

// Head office's web app, as each role sees it (server and data: playwright.config.ts and
// headoffice-seed.ts). The browser speaks Ukrainian (the config's locale), so the app does too.
const base = `http://127.0.0.1:${headOfficePort}`;
const uk = headofficeStrings.uk;
const en = headofficeStrings.en;
const cs = headofficeStrings.cs;

/** Each role's menu, in order, in `locale`: head office's own screens and those the areas contribute. */
function menuOf(role: Role, locale: Locale = 'uk') {
  const { nav } = headofficeStrings[locale];
  const [dashboards, registers, stores, reference] = [dashboardStrings[locale].nav, registersStrings[locale].nav, storesStrings[locale].nav, referenceStrings[locale].nav];
  return {
    administrator: [dashboards, nav.cases, nav.conflicts, nav.service, registers, stores, reference, nav.users, nav.audit],
    regional_manager: [dashboards, nav.cases, nav.conflicts, registers, stores, reference],
    viewer: [dashboards, nav.cases, nav.conflicts, registers, stores],
    service_centre: [nav.cases, nav.service],
  }[role];
}

/** axe-core on the page as it is now: no violation of any rule. */
async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
}

/** A fresh browser signed in as `role` through the sign-in screen. */
async function signIn(browser: Browser, role: Role): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'uk-UA', acceptDownloads: true })).newPage();
  await page.goto(base);
  await page.getByLabel(uk.signIn.email, { exact: true }).fill(e2eUsers[role]);
  await page.getByLabel(uk.signIn.password, { exact: true }).fill(e2ePassword);
  await page.getByRole('button', { name: uk.signIn.submit }).click();
  await expect(menu(page)).toHaveText(menuOf(role));
  await menu(page).filter({ hasText: uk.nav.cases }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.cases.heading);
  return page;
}
const menu = (page: Page) => page.getByRole('navigation').getByRole('link');
/** The case numbers listed, once the list has come (its count line shows): read before, there are none yet. */
async function caseNumbers(page: Page) {
  await expect(page.getByRole('main').getByRole('status')).toBeVisible();
  return (await page.locator('tbody tr td:first-child').allTextContents()).sort();
}

test.describe.configure({ mode: 'serial' });

test('sign-in: a wrong password is refused in the user\'s language, screens pass axe', async ({ page }) => {
  await page.goto(base);
  await noViolations(page, 'sign-in');
  await page.getByLabel(uk.signIn.email, { exact: true }).fill(e2eUsers.administrator);
  await page.getByLabel(uk.signIn.password, { exact: true }).fill('not the password');
  await page.getByRole('button', { name: uk.signIn.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(uk.errors.wrong_password);
  // The page's own CSP: no inline script or style is allowed to run.
  const csp = (await page.request.get(base)).headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
});

test('administrator: every screen; adds a regional manager; the audit log shows it and exports CSV; the language switches', async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  expect(await caseNumbers(page)).toEqual(['BRN01-A-2026-00001', 'BRN01-A-2026-00002', 'PRG01-A-2026-00001', 'PRG01-A-2026-00002', 'PRG01-A-2026-00003']);
  await noViolations(page, 'cases (administrator)');

  await menu(page).filter({ hasText: uk.nav.conflicts }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.conflicts.heading);
  await noViolations(page, 'conflicts');

  await menu(page).filter({ hasText: uk.nav.users }).click();
  await expect(page).toHaveURL(`${base}/users`);
  await page.getByRole('button', { name: uk.users.add }).click();
  const form = page.getByRole('form', { name: uk.users.add });
  await form.getByLabel(uk.users.email, { exact: true }).fill(e2eUsers.regional_manager);
  await form.getByLabel(uk.users.name, { exact: true }).fill('Брно, регіон');
  await form.getByLabel(uk.users.role, { exact: true }).selectOption('regional_manager');
  await form.getByLabel(uk.users.password, { exact: true }).fill('short');
  await form.getByLabel(uk.users.stores, { exact: true }).fill('brn01');
  await form.getByRole('button', { name: uk.users.add }).click();
  // The same schema as head office's: a short password is named before anything is sent.
  await expect(form.getByLabel(uk.users.password, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel(uk.users.password, { exact: true }).fill(e2ePassword);
  await noViolations(page, 'users: add form');
  await form.getByRole('button', { name: uk.users.add }).click();
  await expect(page.getByRole('status')).toHaveText(uk.users.created.replace('{{email}}', e2eUsers.regional_manager));
  await expect(page.getByRole('row').filter({ hasText: e2eUsers.regional_manager })).toContainText('BRN01');
  await noViolations(page, 'users');

  await menu(page).filter({ hasText: uk.nav.audit }).click();
  const created = page.getByRole('row').filter({ hasText: uk.audit.actions.user_created }).filter({ hasText: e2eUsers.regional_manager });
  await expect(created).toContainText(e2eUsers.administrator);
  await expect(created).toContainText('"stores": [');
  await expect(page.getByRole('row').filter({ hasText: uk.audit.actions.session_sign_in_failed }).first()).toContainText('wrong_password');
  await noViolations(page, 'audit log');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: uk.audit.export }).click();
  const file = readFileSync(await (await download).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(file, { bom: true, delimiter: ';' }) as string[][];
  expect(rows[0]).toEqual(Object.values(uk.audit.columns));
  expect(rows.some((r) => r[2] === 'user.created' && r[3] === e2eUsers.regional_manager)).toBe(true);

  await page.getByLabel(uk.app.language).selectOption('cs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cs.audit.heading);
  await expect(menu(page)).toHaveText(menuOf('administrator', 'cs'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await noViolations(page, 'audit log (cs)');
  await page.getByLabel(cs.app.language).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.audit.heading);
  // Kept on this browser: a reload stays in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.audit.heading);
  await page.getByLabel(en.app.language).selectOption('uk');
});

test('on a phone (390 px) every screen of the administrator fits its width, the whole menu inside the header', async ({ browser }) => {
  const page = await signIn(browser, 'administrator');
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of menuOf('administrator')) {
    await menu(page).filter({ hasText: name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
    const header = (await page.locator('header.top').boundingBox())!;
    for (const link of await menu(page).all()) {
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, `${name}: ${await link.textContent()}`).toBeLessThanOrEqual(header.x + header.width);
      expect(box.y + box.height, `${name}: ${await link.textContent()}`).toBeLessThanOrEqual(header.y + header.height);
    }
  }
  await noViolations(page, 'the audit log on a phone');
});

test("regional manager: only their region's cases, no users or audit, another store refused", async ({ browser }) => {
  const page = await signIn(browser, 'regional_manager');
  expect(await caseNumbers(page)).toEqual(['BRN01-A-2026-00001', 'BRN01-A-2026-00002']);
  await expect(page.getByLabel(uk.filter.store).locator('option')).toHaveText([uk.filter.all, 'BRN01']);
  await noViolations(page, 'cases (regional manager)');
  // Typed addresses change nothing: the users screen is not theirs, and head office refuses it anyway.
  await page.goto(`${base}/users`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dashboardStrings.uk.heading);
  expect((await page.request.get(`${base}/api/users`)).status()).toBe(403);
  expect((await page.request.get(`${base}/api/cases?store=PRG01`)).status()).toBe(403);
});

test('viewer: every store, reads only; a change is refused', async ({ browser }) => {
  const page = await signIn(browser, 'viewer');
  expect(await caseNumbers(page)).toHaveLength(5);
  const status = await page.evaluate(async () => (await fetch('/api/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x@y.z', name: 'x', role: 'administrator', password: 'long enough password' }) })).status);
  expect(status).toBe(403);
});

test('service centre: only the claim sent to service, worked from the queue to its verdict; signing out ends the session', async ({ browser }) => {
  const page = await signIn(browser, 'service_centre');
  expect(await caseNumbers(page)).toEqual(['PRG01-A-2026-00001']);
  await noViolations(page, 'cases (service centre)');

  await menu(page).filter({ hasText: uk.nav.service }).click();
  const row = page.getByRole('row').filter({ hasText: 'PRG01-A-2026-00001' });
  await expect(row).toContainText('Kettle 1 does not heat');
  await noViolations(page, 'service queue');
  await row.getByRole('button', { name: uk.service.work.replace('{{caseNo}}', 'PRG01-A-2026-00001') }).click();
  const form = page.getByRole('form', { name: uk.service.work.replace('{{caseNo}}', 'PRG01-A-2026-00001') });
  await form.getByLabel(uk.service.steps.verdict, { exact: true }).check();
  await form.getByLabel(uk.service.outcome, { exact: true }).selectOption('rejected');
  await form.getByRole('button', { name: uk.service.record }).click();
  // A rejection without its written reasons is not sent.
  await expect(form.getByLabel(uk.service.reason, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel(uk.service.reason, { exact: true }).fill('Пошкодження від падіння, не виробничий дефект');
  await noViolations(page, 'service: verdict form');
  await form.getByRole('button', { name: uk.service.record }).click();
  await expect(page.getByRole('status')).toHaveText(uk.service.recorded.replace('{{caseNo}}', 'PRG01-A-2026-00001'));
  await expect(page.getByRole('row').filter({ hasText: 'PRG01-A-2026-00001' })).toHaveCount(0);
  await page.getByRole('button', { name: uk.app.signOut, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uk.signIn.heading);
  expect((await page.request.get(`${base}/api/cases`)).status()).toBe(401);
});
