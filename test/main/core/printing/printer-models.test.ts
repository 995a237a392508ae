// The same documents on other printer models: clone code-page numbers, Star's command set,
// several copies, and the cash drawer. Every job is read back as the printer would read it.
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { decodeJob } from './escpos-decode.js';
import { printerDesk, receiptFixture as fixture } from './receipt-scenarios.js';

const DRAWER_KICK = [0x1b, 0x70, 0x00, 25, 250];

describe('printer models', () => {
  it('a clone that numbers Windows-1251 as 23 gets ESC t 23, again after every cut', async () => {
    const { d, nextJob } = await printerDesk('uk', { codePages: { win1251: 23, win1250: 18, ascii: 0 }, copies: 2 });
    await d.openComplaint();
    const bytes = await nextJob(1);
    expect(() => decodeJob(bytes, 'epson', { 46: 'win1251' })).toThrow(/unknown code page 23/);
    const job = decodeJob(bytes, 'epson', { 23: 'win1251' });
    expect(job.selected).toEqual([23, 23, 23]);
    expect(job.endsReselected).toBe(true);
    expect(job.documents).toEqual([fixture('uk', 48, 'complaint_confirmation'), fixture('uk', 48, 'complaint_confirmation')]);
  });

  it('Czech on the clone: its Windows-1250 number is used for cs', async () => {
    const { d, nextJob } = await printerDesk('cs', { codePages: { win1251: 23, win1250: 18, ascii: 0 } });
    await d.openComplaint();
    const job = decodeJob(await nextJob(1), 'epson', { 18: 'win1250' });
    expect(job.documents).toEqual([fixture('cs', 48, 'complaint_confirmation')]);
  });

  it('a Star printer gets its own commands (ESC GS t n) and prints the same text', async () => {
    const { d, nextJob } = await printerDesk('ru', { type: 'star', codePages: { win1251: 34, win1250: 33, ascii: 1 } });
    await d.openComplaint();
    const bytes = await nextJob(1);
    expect(bytes.includes(Buffer.from([0x1b, 0x1d, 0x74, 34]))).toBe(true);
    const job = decodeJob(bytes, 'star', { 34: 'win1251' });
    expect(job.endsReselected).toBe(true);
    expect(job.documents).toEqual([fixture('ru', 48, 'complaint_confirmation')]);
  });

  it('the Bulgarian test page prints € as Windows-1251 0x88, the sign of every Bulgarian amount', async () => {
    const { d, nextJob } = await printerDesk('bg', {});
    expect(ok(await d.client.testPrint({})).printed).toBe(true);
    const bytes = await nextJob(1);
    expect(bytes.includes(Buffer.from(' 1234,56 \x88\n', 'latin1'))).toBe(true);
    expect(decodeJob(bytes, 'epson', { 46: 'win1251' }).documents[0]).toMatch(/^Примерна сума +1234,56 €$/m);
  });

  it('scannable codes carry the case number in ASCII only', async () => {
    const { d, nextJob } = await printerDesk('bg', {});
    const c = await d.openComplaint();
    const codes = decodeJob(await nextJob(1), 'epson', { 46: 'win1251' }).documents[0]!.split('\n').filter((l) => l.startsWith('['));
    expect(codes).toEqual([`[CODE128 ${c.caseNo}]`, `[QR ${c.caseNo}]`]);
  });
});

describe('Code128 on the paper', () => {
  it.each([32, 35] as const)('at %i columns (58 mm, 384 dots) it has 2-dot bars, and is left out for a case number too wide for them', async (width) => {
    const { d, nextJob } = await printerDesk('cs', { width });
    const c = await d.openComplaint();
    // PRG01-A-2026-00001: 20 symbols with start and check, 506 dots at 2 dots with quiet zones.
    const complaint = decodeJob(await nextJob(1), 'epson', { 45: 'win1250' });
    expect(complaint.code128).toEqual([]);
    expect(complaint.documents[0]).toContain(`[QR ${c.caseNo}]\n`);
    expect(ok(await d.client.testPrint({})).printed).toBe(true);
    // TEST-PRG01-A: 374 dots.
    expect(decodeJob(await nextJob(2), 'epson', { 45: 'win1250' }).code128).toEqual([{ data: 'TEST-PRG01-A', moduleDots: 2 }]);
  });

  it('at 48 columns (80 mm, 576 dots) the case number has its Code128, 2-dot bars on Epson and Star', async () => {
    const epson = await printerDesk('cs', {});
    const c = await epson.d.openComplaint();
    expect(decodeJob(await epson.nextJob(1), 'epson', { 45: 'win1250' }).code128).toEqual([{ data: c.caseNo, moduleDots: 2 }]);
    const star = await printerDesk('cs', { type: 'star', codePages: { win1251: 34, win1250: 33, ascii: 1 } });
    await star.d.openComplaint();
    expect(decodeJob(await star.nextJob(1), 'star', { 33: 'win1250' }).code128).toEqual([{ data: c.caseNo, moduleDots: 2 }]);
  });
});

describe('cash drawer', () => {
  it('opens with the full ESC p 0 25 250 once for a cash refund, even with two copies', async () => {
    const { d, nextJob } = await printerDesk('cs', { cashDrawer: true, copies: 2 });
    await d.recordReturn('cash');
    const job = decodeJob(await nextJob(1), 'epson', { 45: 'win1250' });
    expect(job.drawerKicks).toEqual([DRAWER_KICK]);
    expect(job.documents).toHaveLength(2);
  });

  it('stays shut for a card refund, for a reprint, and when the desk has no drawer', async () => {
    const { d, nextJob } = await printerDesk('cs', { cashDrawer: true });
    await d.recordReturn('card');
    expect(decodeJob(await nextJob(1), 'epson', { 45: 'win1250' }).drawerKicks).toEqual([]);
    const cash = await d.recordReturn('cash');
    expect(decodeJob(await nextJob(2), 'epson', { 45: 'win1250' }).drawerKicks).toEqual([DRAWER_KICK]);
    ok(await d.client.reprint({ caseId: cash.id, kind: 'return' }));
    expect(decodeJob(await nextJob(3), 'epson', { 45: 'win1250' }).drawerKicks).toEqual([]);
    ok(await d.asManager(async () => d.client.savePrinterSettings({ settings: { ...ok(await d.client.getPrinterSettings({})), cashDrawer: false } })));
    await d.recordReturn('cash');
    expect(decodeJob(await nextJob(4), 'epson', { 45: 'win1250' }).drawerKicks).toEqual([]);
  });
});
