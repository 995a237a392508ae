// Every document in every language at both paper widths, printed to a fake network printer and
// read back byte by byte in the code page the job selected. Dates are fixed and shown in UTC.
process.env.TZ = 'UTC';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakePrinter } from '../../../helpers/fake-printer.js';
import { ok } from '../../../helpers/desk.js';
import { decodeJob } from './escpos-decode.js';
import { FIXED_NOW, locales, scenarioDesk, scenarios, testPrinter } from './receipt-scenarios.js';
import { until } from '../../../helpers/until.js';
import type { Locale } from '../../../../shared/domain/jurisdiction.js';
import { normaliseFor, codePageFor } from '../../../../shared/printing/code-pages.js';
import { docKinds } from '../../../../shared/printing/receipt-doc.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/receipts');
const epsonPages = { 46: 'win1251', 45: 'win1250', 0: 'ascii' };
const kinds = docKinds;
const widths = [32, 48] as const;

/** The expected text; UPDATE_RECEIPTS=1 writes it instead (then read the diff before committing). */
function expectFixture(locale: Locale, width: number, kind: string, actual: string) {
  const file = join(fixtures, locale, String(width), `${kind}.txt`);
  if (process.env.UPDATE_RECEIPTS) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const htmlLines = (html: string) =>
  [...html.matchAll(/<div class="receipt-(?:line[^"]*|code[^"]*)">(.*?)<\/div>/g)].map((m) =>
    m[1]!.replace(/&nbsp;/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe.each(locales)('receipts in %s', (locale) => {
  let printer: FakePrinter;
  let d: Awaited<ReturnType<typeof scenarioDesk>>;
  /** Decoded documents by width and kind, in the order the printer got them. */
  const printed = new Map<string, string>();
  const caseIds: Record<string, string> = {};

  beforeAll(async () => {
    printer = await FakePrinter.start();
    d = await scenarioDesk(locale, testPrinter(printer.url, { width: 32 }), () => FIXED_NOW);
    const expectJobs = (n: number) => until(() => printer.jobs.length === n);
    const complaint = await d.openComplaint();
    await expectJobs(1);
    await d.resolve(complaint.id);
    await expectJobs(2);
    const ret = await d.recordReturn();
    await expectJobs(3);
    const exchange = await d.recordExchange();
    await expectJobs(4);
    ok(await d.client.printEndOfDay({}));
    await expectJobs(5);
    expect(ok(await d.client.testPrint({})).printed).toBe(true);
    Object.assign(caseIds, { complaint_confirmation: complaint.id, complaint_resolution: complaint.id, return: ret.id, exchange: exchange.id });
    ok(await d.asManager(() => d.client.savePrinterSettings({ settings: testPrinter(printer.url, { width: 48 }) })));
    for (const kind of ['complaint_confirmation', 'complaint_resolution', 'return', 'exchange'] as const) {
      ok(await d.client.reprint({ caseId: caseIds[kind]!, kind }));
    }
    ok(await d.client.printEndOfDay({}));
    await expectJobs(11);
    expect(ok(await d.client.testPrint({})).printed).toBe(true);
    const order = widths.flatMap((w) => kinds.map((k) => `${w}/${k}`));
    printer.jobs.forEach((job, i) => {
      const decoded = decodeJob(job.bytes, 'epson', epsonPages);
      expect(decoded.documents).toHaveLength(1);
      expect(decoded.endsReselected).toBe(true);
      printed.set(order[i]!, decoded.documents[0]!);
    });
  });
  afterAll(async () => {
    d?.remove();
    await printer?.close();
  });

  it.each(widths.flatMap((w) => kinds.map((k) => [w, k] as const)))('prints %i columns of %s exactly as expected', (width, kind) => {
    const text = printed.get(`${width}/${kind}`)!;
    expectFixture(locale, width, kind, text);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
  });

  it('brings back every letter of the customer, product, claim and reasons', () => {
    const s = scenarios[locale];
    const cp = codePageFor(locale);
    const all = [...printed.values()].join('\n').replace(/\s+/g, ' ');
    // Only what no page has is replaced (ѝ -> и; quotes become plain ones); every other letter comes back as typed.
    for (const typed of [s.customer.name, s.product, s.description, s.reason, ...s.items, s.setup.storeName!, s.setup.address!]) {
      expect(all).toContain(normaliseFor(typed, cp));
      const letters = (t: string) => t.replace(/[^\p{L}]/gu, '');
      if (locale !== 'en') expect(letters(normaliseFor(typed, cp))).toBe(letters(typed.replace(/ѝ/g, 'и')));
    }
  });

  it('shows the same line breaks in the on-screen preview as on paper', async () => {
    for (const preview of ok(await d.client.previewDocuments({ caseId: caseIds.return! }))) {
      expect(preview.width).toBe(48);
      expect(htmlLines(preview.html).join('\n') + '\n').toBe(printed.get(`48/${preview.kind}`));
    }
  });
});
