import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { headofficeStrings } from '../../shared/i18n/headoffice/index.js';
import { referenceStrings } from '../../shared/i18n/headoffice-reference/index.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { createIntegrationToken } from '../../headoffice/src/store/integration.js';
import { makeSale } from '../../headoffice/test/sales/fixtures.js';
import { startHeadOffice, type TestHeadOffice } from '../helpers/headoffice.js';

// Reference data at head office, in Czech: an administrator adds a return reason, tries a policy
// override the law forbids in one of the region's countries (refused, citing the statute, in the
// UI's language), saves a legal one, and reads the import history. Head office of its own.

const ho$ = headofficeStrings.cs;
const r = referenceStrings.cs;
const admin = { email: 'reference-admin@e2e.example', password: 'correct horse battery staple' };
let ho: TestHeadOffice;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ho = await startHeadOffice({ webRoot: resolve('dist/headoffice-web') });
  await createUser(ho.db, commandLine, { ...admin, name: 'Správce', role: 'administrator', stores: [], locale: 'cs' });
  await ho.db.query("INSERT INTO stores (code, name, country, region) VALUES ('PRG01', 'Praha', 'CZ', 'Východ'), ('KZN01', 'Казань', 'RU', 'Východ')");
  // Two imports by the till's token: one taken whole, one with a sale of a store the token may not write.
  const token = await createIntegrationToken(ho.db, 'Pokladna Praha', ['PRG01']);
  for (const sales of [[makeSale('PRG01')], [makeSale('PRG01'), makeSale('KZN01')]]) {
    const res = await fetch(`${ho.url}/v1/sales`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ sales }) });
    expect(res.status).toBe(200);
  }
});

test.afterAll(async () => {
  await ho?.close();
});

async function noViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
}

test('an administrator adds a reason, is refused an illegal override citing the law, saves a legal one, and sees the imports', async ({ browser }) => {
  const page = await (await browser.newContext({ locale: 'cs-CZ' })).newPage();
  await page.goto(ho.url);
  await page.getByLabel(ho$.signIn.email, { exact: true }).fill(admin.email);
  await page.getByLabel(ho$.signIn.password, { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: ho$.signIn.submit }).click();
  await page.getByRole('navigation').getByRole('link', { name: r.nav }).click();
  await expect(page).toHaveURL(`${ho.url}/reference`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.heading);
  await expect(page.getByText(r.reasons.none)).toBeVisible();
  await noViolations(page, 'reference data, nothing set');

  // A new reason for the whole chain, named in Czech and English.
  const reasonForm = page.getByRole('form', { name: r.reasons.form });
  await reasonForm.getByLabel(r.reasons.code, { exact: true }).fill('gift_unwanted');
  await reasonForm.getByLabel(r.reasons.name.replace('{{language}}', r.languages.cs)).fill('Nechtěný dárek');
  await reasonForm.getByLabel(r.reasons.name.replace('{{language}}', r.languages.en)).fill('Unwanted gift');
  await reasonForm.getByRole('button', { name: r.reasons.save }).click();
  await expect(page.getByRole('status')).toHaveText(r.reasons.saved.replace('{{code}}', 'gift_unwanted'));
  const reasonRow = page.getByRole('row').filter({ hasText: 'gift_unwanted' });
  await expect(reasonRow).toContainText(r.scopes.chain);
  await expect(reasonRow).toContainText('cs: Nechtěný dárek');
  await expect(reasonRow).toContainText(r.reasons.offered);

  // 20 days to settle a claim in region Východ: within Czech law (30 days), beyond Russian (10).
  const overridesForm = page.getByRole('form', { name: r.overrides.form });
  await overridesForm.getByLabel(r.scope, { exact: true }).selectOption({ label: r.scopes.region.replace('{{name}}', 'Východ') });
  await overridesForm.getByLabel(r.overrides.claimPeriod, { exact: true }).fill('20');
  await overridesForm.getByLabel(r.overrides.returnWindowDays, { exact: true }).fill('30');
  await overridesForm.getByRole('button', { name: r.overrides.save }).click();
  const refusal = overridesForm.getByRole('alert');
  await expect(refusal).toContainText(r.overrides.refused);
  await expect(refusal).toContainText(r.overrides.refusals.claim_period_over_statute
    .replace('{{country}}', r.countries.RU).replace('{{limit}}', '10 dní').replace('{{citation}}', 'ст. 20–22 Закона РФ «О защите прав потребителей»'));
  await expect(refusal.getByRole('listitem')).toHaveCount(1);
  await expect(overridesForm.getByLabel(r.overrides.claimPeriod, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await noViolations(page, 'override refused');
  await expect(page.getByText(r.overrides.none)).toBeVisible();

  // 7 days is legal in both countries: saved and listed.
  await overridesForm.getByLabel(r.overrides.claimPeriod, { exact: true }).fill('7');
  await overridesForm.getByRole('button', { name: r.overrides.save }).click();
  await expect(page.getByRole('status')).toHaveText(r.overrides.saved);
  const overrideRow = page.getByRole('row').filter({ hasText: r.scopes.region.replace('{{name}}', 'Východ') });
  await expect(overrideRow).toContainText(`${r.overrides.claimPeriod}: 7 dní`);
  await expect(overrideRow).toContainText(`${r.overrides.returnWindowDays}: 30`);

  // The import history: newest first, from the API with the token's name.
  const imports = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: r.imports.columns.taken }) });
  const rows = imports.getByRole('row');
  await expect(rows).toHaveCount(3);
  const source = r.imports.sources.api.replace('{{name}}', 'Pokladna Praha');
  await expect(rows.nth(1)).toContainText(source);
  await expect(rows.nth(1)).toContainText(r.imports.statuses.partly);
  await expect(rows.nth(2)).toContainText(r.imports.statuses.done);
  await noViolations(page, 'reference data with a reason, an override and the imports');

  // Both changes are in the audit log.
  const actions = await ho.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'reference.%' ORDER BY id");
  expect(actions.map((a) => a.action)).toEqual(['reference.reason_saved', 'reference.overrides_saved']);
});
