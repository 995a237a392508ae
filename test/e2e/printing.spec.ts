import { expect, test, type Page } from '@playwright/test';
import { receipt } from '../../shared/i18n/receipt/uk.js';
import { ui } from '../../shared/i18n/ui/uk.js';
import { FakePrinter } from '../helpers/fake-printer.js';
import { decodeJob } from '../main/core/printing/escpos-decode.js';
import type { CaseState } from '../../shared/domain/case-state.js';
import { pageApi, signedInDesk } from './desk-page.js';

// Printing as the clerk sees it, in Ukrainian, against a fake network printer on 127.0.0.1 that
// the browser host prints to.

async function signedIn(page: Page) {
  await signedInDesk(page);
  await page.reload();
  await expect(page.getByRole('navigation', { name: ui.nav.main })).toBeVisible();
}

/** A job as printed text, line breaks as spaces. */
const decoded = (p: FakePrinter, i: number) => decodeJob(p.jobs[i]!.bytes, 'epson', { 46: 'win1251' }).documents.join('').replace(/\s+/g, ' ');

test('printer settings, a test print with a plain result, and a case printed, previewed and reprinted', async ({ page }) => {
  const printer = await FakePrinter.start();
  try {
    await signedIn(page);
    await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: receipt.screen.title }).click();
    await expect(page.getByRole('heading', { name: receipt.screen.title })).toBeVisible();
    await page.getByLabel(receipt.screen.connection).fill(printer.url);
    await page.getByLabel(receipt.screen.width).selectOption('42');
    await page.getByRole('button', { name: receipt.screen.save }).click();
    await expect(page.getByRole('status').filter({ hasText: receipt.screen.saved })).toBeVisible();

    await page.getByRole('button', { name: receipt.screen.testPrint }).click();
    await expect(page.getByTestId('test-print-result')).toHaveText(receipt.screen.testPrinted);
    expect(decoded(printer, 0)).toContain('ТЕСТОВА СТОРІНКА');
    expect(decoded(printer, 0)).toContain('Чуєш їх, доцю, га? Кумедна ж ти, прощайся без ґольфів!');

    await printer.setMode('down');
    await page.getByRole('button', { name: receipt.screen.testPrint }).click();
    await expect(page.getByTestId('test-print-result')).toHaveText(receipt.fault.unreachable);
    await page.screenshot({ path: 'test-results/screens/printing-01-settings.png', fullPage: true });
    await printer.setMode('ok');

    // A complaint filed at the counter prints its confirmation; the case shows the preview and the job.
    const filed = (await pageApi<CaseState>(page, 'openComplaint', {
      kind: 'defect', remedy: 'repair', description: 'Праска не гріє, шнур іскрить; ґудзик регулятора зламаний.',
      product: { name: 'Праска Philips' }, customer: { name: 'Євген Їжак', phone: '+380 67 765 43 21' },
    })).value!;
    await expect.poll(() => printer.jobsWith(filed.caseNo).length).toBe(1);
    await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: ui.nav.cases }).click();
    await page.getByRole('button', { name: filed.caseNo }).click();
    const panel = page.getByRole('region', { name: receipt.screen.jobs });
    await expect(panel.getByLabel(receipt.screen.docName.complaint_confirmation)).toContainText('ПІДТВЕРДЖЕННЯ ПРЕТЕНЗІЇ');
    await expect(panel.getByLabel(receipt.screen.docName.complaint_confirmation)).toContainText('Праска не гріє, шнур іскрить; ґудзик');
    await expect(panel.getByTestId('print-job')).toContainText(receipt.screen.state.done);

    // Printer gone: a reprint waits, says why, and prints once the printer is back.
    await printer.setMode('down');
    await panel.getByRole('button', { name: new RegExp(receipt.screen.reprint) }).click();
    await expect(panel.getByTestId('print-job').first()).toContainText(receipt.fault.unreachable);
    await page.screenshot({ path: 'test-results/screens/printing-02-case-waiting.png', fullPage: true });
    await printer.setMode('ok');
    await panel.getByRole('button', { name: receipt.screen.retryNow }).click();
    await expect(panel.getByTestId('print-job').first()).toContainText(receipt.screen.state.done);
    expect(printer.jobsWith(filed.caseNo)).toHaveLength(2);
    await page.screenshot({ path: 'test-results/screens/printing-03-case-printed.png', fullPage: true });

    // The end of day: "waiting" while on its way, then green once the printer has it.
    await page.getByRole('navigation', { name: ui.nav.main }).getByRole('button', { name: receipt.screen.title }).click();
    await page.getByRole('button', { name: receipt.screen.printEndOfDay }).click();
    await expect(page.getByTestId('end-of-day-state')).toHaveText(receipt.screen.state.done);
    await expect(page.getByTestId('end-of-day-state')).toHaveClass(/flash/);
  } finally {
    await printer.close();
  }
});
