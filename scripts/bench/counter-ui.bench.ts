// The counter UI in Chromium against the browser host: how long the clerk waits after pressing
// Enter until the case number is on screen, after typing a phone fragment until the cases are
// listed, and after picking a case until its history shows. Wall clock in Node around the action;
// Playwright notices a change within one animation frame, so figures include up to ~16 ms of that.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { startBrowserHost } from '../../main/browser-host.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'counter UI';
const SAVES = 40;
const SEARCHES = 20;

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
  const host = await startBrowserHost({ dataDir, port: await freePort(), rendererDir: 'dist/renderer' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const save: number[] = [];
  const search: number[] = [];
  const open: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'uk-UA' });
    await page.goto(host.url);
    await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')!.content;
      await fetch('/api/completeSetup', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-desk-token': token },
        body: JSON.stringify({
          setup: { storeCode: 'KYIV01', storeName: 'Бенч', companyId: '1', address: 'Київ', deskCode: 'A', country: 'UA', language: 'uk', currency: 'UAH' },
          manager: { name: 'Олена Коваль', pin: '4321' },
        }),
      });
    });
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
  ];
}
