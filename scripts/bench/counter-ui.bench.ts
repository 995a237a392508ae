// The counter UI in Chromium against the browser host: how long the clerk waits after pressing
// Enter until the case number is on screen, after typing a phone fragment until the cases are
// listed, after picking a case until its history shows, and after a receipt is scanned until its
// sale is on screen. Wall clock in Node around the action;
// Playwright notices a change within one animation frame, so figures include up to ~16 ms of that.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { startBrowserHost } from '../../main/browser-host.js';
import { openDesk } from '../../main/core/open-desk.js';
import { createDispatch } from '../../main/core/handlers/dispatch.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { testSale } from '../../test/helpers/sales.js';
import { scan } from '../../test/e2e/desk-page.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'counter UI';
const SAVES = 40;
const SEARCHES = 20;
const SCANS = 50;
const MANAGER_PIN = '864213';
const receipt = { receiptNo: 'KYIV01-T1-000777', receiptBarcode: 'RB000000777' };

/** A desk set up in Kyiv with one day's sales already pulled, as the browser host will open it. */
async function seededDesk(dataDir: string) {
  const services = openDesk({ dataDir, settings: nodeSettings(dataDir) });
  try {
    const setup = await createDispatch(services)('completeSetup', {
      setup: { storeCode: 'KYIV01', storeName: 'Бенч', companyId: '1', address: 'Київ', deskCode: 'A', country: 'UA', language: 'uk', currency: 'UAH' },
      manager: { name: 'Олена Коваль', pin: MANAGER_PIN },
    });
    if (!setup.ok) throw new Error(setup.error.message);
    const soldAt = `${new Date().toISOString().slice(0, 10)}T10:00:00+02:00`;
    services.desk.sales.put(Array.from({ length: 5000 }, (_, i) => testSale({
      id: `BENCH-${i}`, store: 'KYIV01', till: 'T1', receiptNo: `KYIV01-T1-${String(i).padStart(6, '0')}`, receiptBarcode: `RB${String(i).padStart(9, '0')}`, soldAt, currency: 'UAH',
      lines: [{ id: '1', quantity: 1, unitPrice: 1299_50, gtin: '5901234123457', name: 'Чайник' }, { id: '2', quantity: 2, unitPrice: 899_00, gtin: '4006381333931', name: 'Праска' }],
    })));
  } finally {
    services.close();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function timed(samples: number[], action: () => Promise<unknown>, done: () => Promise<unknown>) {
  const start = performance.now();
  await action();
  await done();
  samples.push(performance.now() - start);
}

export async function bench(): Promise<BenchRow[]> {
  await build({ logLevel: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-ui-bench-'));
  await seededDesk(dataDir);
  const host = await startBrowserHost({ dataDir, port: await freePort(), rendererDir: 'dist/renderer' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const save: number[] = [];
  const search: number[] = [];
  const open: number[] = [];
  let scanned: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'uk-UA' });
    await page.goto(host.url);
    await page.evaluate(async (pin) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')!.content;
      await fetch('/api/signIn', { method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token }, body: JSON.stringify({ pin }) });
    }, MANAGER_PIN);
    await page.reload();
    // The F-keys work once the counter is on screen.
    await page.getByRole('navigation', { name: ui.nav.main }).waitFor();
    for (let i = 0; i < SAVES; i++) {
      await page.keyboard.press('F3');
      await page.getByLabel(ui.complaint.description).fill(`Чайник №${i} не вмикається.`);
      await page.getByLabel(ui.customer.phone).fill(`+380 67 ${String(1000 + i)} ${String(2000 + i)}`);
      const caseNo = `KYIV01-A-${new Date().getFullYear()}-${String(i + 1).padStart(5, '0')}`;
      await timed(save, () => page.getByLabel(ui.customer.phone).press('Enter'), () => page.getByRole('status').filter({ hasText: caseNo }).waitFor());
    }
    await page.keyboard.press('F2');
    const searchBox = page.getByLabel(ui.list.search);
    for (let i = 0; i < SEARCHES; i++) {
      await searchBox.fill('');
      await page.getByTestId('case-row').nth(SAVES - 1).waitFor();
      await timed(search, () => searchBox.fill(String(2000 + i)), async () => {
        while ((await page.getByTestId('case-row').count()) !== 1) await page.waitForTimeout(1);
      });
      await timed(open, () => page.getByTestId('case-row').first().click(), () => page.getByTestId('history-event').first().waitFor());
      await page.keyboard.press('F2');
    }
    scanned = await scanToSale(page);
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const rows = (measure: string, samples: number[]) => [50, 99].map((p): BenchRow => ({ area: AREA, measure: `${measure}, p${p} (${samples.length})`, value: percentile(samples, p), unit: 'ms' }));
  return [
    ...rows('Enter on a new complaint -> "Saved as <number>" on screen', save),
    ...rows('4-digit phone fragment typed -> the one case listed (incl. the 150 ms typing pause)', search),
    ...rows('case picked in the list -> its history on screen', open),
    ...[50, 99].map((p): BenchRow => {
      const value = percentile(scanned, p);
      return { area: AREA, measure: `receipt scanned (its Enter) -> the sale on screen, 5,000 sales held, p${p} (${scanned.length})`, value, unit: 'ms', ...(p === 99 ? { target: '< 100', met: value < 100 } : {}) };
    }),
  ];
}

/**
 * Receipts scanned from the cases list, as a keyboard-wedge scanner types them: from the scan's
 * Enter to the sale's lines in the page, timed in the page (a MutationObserver), so Playwright's
 * own round trips are not counted.
 */
async function scanToSale(page: import('@playwright/test').Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { scanTimes: number[] };
    w.scanTimes = [];
    addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const t0 = performance.now();
      const seen = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="sale-view"]')) return;
        seen.disconnect();
        w.scanTimes.push(performance.now() - t0);
      });
      seen.observe(document.body, { childList: true, subtree: true });
    }, true);
  });
  for (let i = 0; i < SCANS; i++) {
    await page.keyboard.press('F2');
    await page.getByTestId('sale-view').waitFor({ state: 'detached' });
    await scan(page, i % 2 ? receipt.receiptBarcode : receipt.receiptNo);
    await page.getByTestId('sale-view').waitFor();
  }
  return page.evaluate(() => (window as unknown as { scanTimes: number[] }).scanTimes);
}
