import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ui } from '../../shared/i18n/ui/bg.js';
import { register } from '../../shared/i18n/register/bg.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { startBrowserHost } from '../../main/browser-host.js';
import { MANAGER_PIN } from './desk-page.js';

// The BG complaints register at a Sofia counter: a desk of its own (the shared desk is Ukrainian),
// set up in Bulgarian; two claims filed, the register lists them and downloads as CSV.

let host: Awaited<ReturnType<typeof startBrowserHost>>;
let dataDir: string;

async function deskApi<T>(method: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': host.token }, body: JSON.stringify(input) });
  const r = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value;
}

const freePort = () => new Promise<number>((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => done(port));
  });
});

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'desk-e2e-register-'));
  host = await startBrowserHost({ dataDir, port: await freePort(), rendererDir: resolve('dist/renderer') });
  await deskApi('completeSetup', {
    setup: { storeCode: 'SOF01', storeName: 'Домашни уреди, Витошка', companyId: '123456789', address: 'бул. Витоша 1, София', deskCode: 'A', country: 'BG', language: 'bg', currency: 'EUR' },
    manager: { name: 'Мария Иванова', pin: MANAGER_PIN },
  });
});

test.afterAll(async () => {
  await host?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the register lists the claims in filing order and downloads as CSV; a claim waits for its document', async ({ page }) => {
  const claim = (n: number, description: string) => deskApi<CaseState>('openComplaint', {
    kind: 'defect', remedy: 'replacement', description, product: { name: `Прахосмукачка ${n}` }, customer: { name: `Петър Петров ${n}`, phone: '+359 888 000 00' + n },
  });
  const first = await claim(1, 'Не засмуква; „бръмчи“ силно');
  const second = await claim(2, 'Счупен накрайник; пукнат корпус');

  await page.goto(host.url);
  await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: register.menu }).click();
  const table = page.getByTestId('register-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText('Петър Петров 1');
  await expect(table.locator('tbody tr').first()).toContainText('Не засмуква; „бръмчи“ силно');
  // Each claim has its register number, one after the other: the desk's own run, not its case numbers.
  const year = new Date().getFullYear();
  expect([first.complaint!.registerNo, second.complaint!.registerNo]).toEqual([`SOF01-A-${year}-R0001`, `SOF01-A-${year}-R0002`]);
  await expect(table.locator('tbody tr').nth(1)).toContainText(`SOF01-A-${year}-R0002`);
  await page.screenshot({ path: 'test-results/register/register-screen.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: register.downloadCsv }).click()]);
  expect(download.suggestedFilename()).toBe(`complaints-register-SOF01-${year}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF№;')).toBe(true);
  expect(csv).toContain('"Не засмуква; „бръмчи“ силно"');
  expect(csv).toContain(`\r\nSOF01-A-${year}-R0001;`);

  // The first claim cannot be resolved before the customer has the document, or declined it.
  await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: ui.nav.cases }).click();
  await page.getByRole('button', { name: first.caseNo }).click();
  const documents = page.getByRole('region', { name: register.hand.title });
  await documents.getByRole('button', { name: register.hand.declined }).click();
  await expect(documents.getByTestId('hand-filing')).toContainText(register.hand.doneDeclined.split(' на ')[0]!);
});
