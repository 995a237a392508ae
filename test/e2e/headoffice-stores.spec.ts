import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import pkg from '../../package.json' with { type: 'json' };
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { storesStrings } from '../../shared/i18n/headoffice-stores/index.js';
import { errors } from '../../shared/i18n/errors/uk.js';
import { sync } from '../../shared/i18n/sync/uk.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { createStore } from '../../headoffice/src/stores-admin/stores.js';
import { formatOffset } from '../../headoffice/web/src/stores/offset.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';
import { freePort } from './free-port.js';
import { MANAGER_PIN, ownDesk, stores as deskStores } from './own-desk.js';

// Stores and desks at head office, in Ukrainian: an administrator creates the Lviv store, issues a
// one-time code shown as text and as a QR image, revokes it (the desk is refused), issues another,
// and the desk (a browser host of its own) connects with it; head office then shows the desk's
// last sync, app version and clock offset. Head office here is one of its own on a free port.

const ho$ = headofficeStrings.uk;
const s = storesStrings.uk;
const STORE = deskStores.uk.storeCode;
const password = 'correct horse battery staple';
const admin = 'stores-admin@e2e.example';
const manager = 'stores-lviv@e2e.example';

let ho: TestHeadOffice;
let desk: Awaited<ReturnType<typeof ownDesk>>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ho = await startHeadOffice({ webRoot: resolve('dist/headoffice-web') });
  await createUser(ho.db, commandLine, { email: admin, password, name: 'Адмін', role: 'administrator', stores: [], locale: 'uk' });
  await createUser(ho.db, commandLine, { email: manager, password, name: 'Львів', role: 'regional_manager', stores: [STORE], locale: 'uk' });
  desk = await ownDesk('uk', await freePort());
  await desk.call('signOut');
});

test.afterAll(async () => {
  await desk?.close();
  await ho?.close();
});

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
}

/** A fresh browser signed in as `email`, on the stores screen. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'uk-UA' })).newPage();
  await page.goto(ho.url);
  await page.getByLabel(ho$.signIn.email, { exact: true }).fill(email);
  await page.getByLabel(ho$.signIn.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: ho$.signIn.submit }).click();
  await page.getByRole('navigation').getByRole('link', { name: s.nav }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
  return page;
}

/** What the QR image shown on the page says, read back from its PNG. */
async function qrText(page: Page): Promise<string | undefined> {
  const src = await page.getByRole('img', { name: /QR/ }).getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  const png = PNG.sync.read(Buffer.from(src!.split(',')[1]!, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function issueCode(page: Page, deskCode: string): Promise<string> {
  const form = page.getByRole('form', { name: s.codes.issue });
  await form.getByLabel(s.codes.desk).fill(deskCode);
  await form.getByLabel(s.codes.hours).fill('2');
  await form.getByRole('button', { name: s.codes.issue }).click();
  const code = (await page.getByTestId('enrollment-code').textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return code;
}

/** The desk's Settings → Head office, with the manager signed in; `connect(code)` tries a code there. */
async function deskSettings(browser: Browser) {
  const page = await (await browser.newContext({ locale: 'uk-UA' })).newPage();
  await page.goto(desk.url);
  await page.getByLabel(ui.signIn.pin).fill(MANAGER_PIN);
  await page.getByLabel(ui.signIn.pin).press('Enter');
  await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: ui.nav.settings }).click();
  const section = page.getByTestId('sync-section');
  return {
    section,
    connect: async (code: string) => {
      await section.getByLabel(sync.code).fill(code);
      await section.getByLabel(sync.url).fill(ho.url);
      await section.getByRole('button', { name: sync.connect }).click();
    },
  };
}

test('an administrator creates a store, issues a code as text and QR; a revoked code is refused at the desk, a new one connects it, and the desk\'s sync shows', async ({ browser }) => {
  const page = await signedIn(browser, admin);
  await noViolations(page, 'stores, none yet');

  await page.getByRole('button', { name: s.add }).click();
  const form = page.getByRole('form', { name: s.add });
  await form.getByLabel(s.form.code).fill(STORE.toLowerCase());
  await form.getByLabel(s.form.name).fill(deskStores.uk.storeName);
  await form.getByLabel(s.form.country).selectOption({ label: s.countries.UA });
  await form.getByLabel(s.form.region).fill('Захід');
  await form.getByRole('button', { name: s.form.create }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.store.heading.replace('{{code}}', STORE).replace('{{name}}', deskStores.uk.storeName));
  await expect(page.getByText(s.desks.none)).toBeVisible();

  // A code, its QR image holding exactly it, and its expiry; it waits in the list of codes not used yet.
  const revoked = await issueCode(page, 'a');
  expect(await qrText(page)).toBe(revoked);
  await expect(page.getByText(s.codes.onlyNow)).toBeVisible();
  const pending = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: s.codes.columns.expires }) });
  await expect(pending.getByRole('row')).toHaveCount(2);
  await noViolations(page, 'store with a code just issued');
  await page.screenshot({ path: 'test-results/screens/headoffice-stores-01-code.png', fullPage: true });

  await pending.getByRole('button', { name: s.codes.revoke.replace('{{desk}}', 'A') }).click();
  await expect(page.getByRole('status')).toHaveText(s.codes.revokedDone.replace('{{desk}}', 'A'));
  await expect(page.getByText(s.codes.none)).toBeVisible();
  await expect(page.getByTestId('enrollment-code')).toHaveCount(0);

  // At the desk: the revoked code is refused, in the desk's language; then a new code connects it.
  const atDesk = await deskSettings(browser);
  await atDesk.connect(revoked);
  await expect(atDesk.section.getByRole('alert')).toContainText(errors.enrollment_refused);
  const code = await issueCode(page, 'A');
  expect(await qrText(page)).toBe(code);
  await atDesk.connect(code);
  await expect(atDesk.section.getByRole('status').filter({ hasText: sync.connected })).toBeVisible();

  // Head office: the desk with its last sync, the version it runs and how far its clock is off.
  const reported = () => ho.db.query<{ clock_offset_ms: number | null }>("SELECT clock_offset_ms::float8 AS clock_offset_ms FROM devices WHERE store_code = $1 AND desk_code = 'A'", [STORE]);
  await expect.poll(async () => (await reported())[0]?.clock_offset_ms ?? null).not.toBeNull();
  const [device] = await reported();
  await page.reload();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'A', exact: true }) }).filter({ hasText: s.desks.active });
  await expect(row.getByRole('cell').nth(1)).not.toHaveText(s.desks.never);
  await expect(row.getByRole('cell').nth(2)).toHaveText('0');
  await expect(row.getByRole('cell').nth(3)).toHaveText(pkg.version);
  await expect(row.getByRole('cell').nth(4)).toHaveText(formatOffset(device!.clock_offset_ms!, 'uk'));
  await expect(page.getByText(s.codes.none)).toBeVisible();
  await noViolations(page, 'store with its desk');
  await page.screenshot({ path: 'test-results/screens/headoffice-stores-02-desk.png', fullPage: true });

  await page.getByRole('link', { name: s.all }).click();
  const listed = page.getByRole('row').filter({ has: page.getByRole('link', { name: s.open.replace('{{code}}', STORE) }) });
  await expect(listed).toContainText('Захід');
  await expect(listed.getByRole('cell').nth(4)).toHaveText('1');
  await noViolations(page, 'stores with one');
});

test('a regional manager sees only their own store, with its desk, and nothing to change', async ({ browser }) => {
  await createStore(ho.db, commandLine, { code: 'KYIV09', name: 'Київ, Поділ', country: 'UA', region: 'Центр' });
  const page = await signedIn(browser, manager);
  const links = page.getByRole('main').getByRole('link');
  await expect(links).toHaveText([STORE]);
  await expect(page.getByRole('button', { name: s.add })).toHaveCount(0);
  await links.click();
  await expect(page.getByText(s.store.readOnly)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'A', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await noViolations(page, 'store, read only');
});
