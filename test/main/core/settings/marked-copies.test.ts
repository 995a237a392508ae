import { afterEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { receipt, returnLine } from '../../../helpers/cases.js';
import { testClock } from '../../../helpers/clock.js';
import type { ReceiptDoc } from '../../../../shared/printing/receipt-doc.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
const keep = <T extends { remove(): void }>(d: T) => (desks.push(d), d);

const printerAt = { type: 'epson', interface: 'tcp://127.0.0.1:9', width: 42, codePages: { win1251: 46, win1250: 45, ascii: 0 }, copies: 2, cashDrawer: true, statusCheck: false, timeoutMs: 100, retry: { firstMs: 60_000, maxMs: 60_000 } } as const;
const docsOf = (d: Awaited<ReturnType<typeof readyDesk>>, caseId: string) =>
  (d.desk.db.prepare('SELECT doc, copies FROM print_jobs WHERE case_id = ? ORDER BY created_at, rowid').all(caseId) as { doc: string; copies: number }[])
    .map((r) => ({ doc: JSON.parse(r.doc) as ReceiptDoc, copies: r.copies }));
const firstLine = (doc: ReceiptDoc) => (doc.blocks[0] as { text: string }).text;

describe('receipt copies and the store details on receipts', () => {
  it('with marked copies, each document prints twice, "customer copy" then "store copy"; only one opens the drawer', async () => {
    const d = keep(await readyDesk({ language: 'cs' }, { now: testClock('2026-01-05').now }));
    ok(await d.client.savePrinterSettings({ settings: printerAt }));
    const plain = ok(await d.client.recordReturn({ purchase: receipt('2026-01-02'), refundMethod: 'cash', lines: [returnLine(1000)] }));
    expect(docsOf(d, plain.id).map((j) => j.copies)).toEqual([2]);

    ok(await d.client.saveDeskPreferences({ preferences: { idleLockMinutes: 5, markedCopies: true } }));
    const marked = ok(await d.client.recordReturn({ purchase: receipt('2026-01-02'), refundMethod: 'cash', lines: [returnLine(1000)] }));
    const jobs = docsOf(d, marked.id);
    expect(jobs.map((j) => [firstLine(j.doc), j.copies, j.doc.openDrawer])).toEqual([['KOPIE PRO ZÁKAZNÍKA', 1, true], ['KOPIE PRO PRODEJNU', 1, false]]);
    // The rest of the two copies is the same document.
    expect(jobs[0]!.doc.blocks.slice(2)).toEqual(jobs[1]!.doc.blocks.slice(2));
  });

  it('the VAT id and phone a manager adds are printed under the company id', async () => {
    const d = keep(await readyDesk({}, { now: testClock('2026-01-05').now }));
    const c = ok(await d.client.recordReturn({ purchase: receipt('2026-01-02'), refundMethod: 'cash', lines: [returnLine(1000)] }));
    expect(ok(await d.client.previewDocuments({ caseId: c.id }))[0]!.html).not.toContain('VAT ID');
    ok(await d.client.saveStoreDetails({ details: { storeName: 'Obchod Praha', address: 'Václavské nám. 1, Praha', companyId: '12345678', vatId: 'CZ12345678', phone: '+420 222 333 444', country: 'CZ', language: 'en', currency: 'CZK' } }));
    const html = ok(await d.client.previewDocuments({ caseId: c.id }))[0]!.html;
    expect(html).toContain('VAT ID: CZ12345678');
    expect(html).toContain('Phone: +420 222 333 444');
  });
});
