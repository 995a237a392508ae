import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as mupdf from 'mupdf';
import { renderRegisterPdf } from '../../../../main/core/register/register-pdf-thread.js';
import { registerFont } from '../../../../main/core/register/register-font.js';
import { registerPdf } from '../../../../shared/law/register-pdf.js';
import { registerTable, type RegisterTable } from '../../../../shared/law/register.js';
import { createI18n } from '../../../../shared/i18n/index.js';
import { ipcChannel } from '../../../../shared/api/index.js';
import { complaintInput } from '../../../helpers/cases.js';
import { ok, readyDesk, setupFor } from '../../../helpers/desk.js';
import { seedRegister } from '../../../helpers/register-seed.js';
import { bundledMain } from '../../../helpers/bundled-main.js';

const bg = { country: 'BG' as const, language: 'bg' as const, currency: 'EUR' as const, storeCode: 'SOF01', storeName: 'Магазин София' };
const t = createI18n('bg').t;
const table: RegisterTable = registerTable(Array.from({ length: 60 }, (_, i) => ({
  no: `SOF01-A-2026-R${String(i + 1).padStart(4, '0')}`, caseId: `c${i}`, filedAt: `${i}`, filedOn: '2026-03-02',
  consumer: `Иван Петров ${i + 1}, +359 888 123 456`, goods: `Електрическа кана ${i + 1}, SN${1000 + i}`,
  defect: `Тече от основата след ${i + 1} седмици; „капе“ при всяко варене`, remedy: 'replacement' as const,
  ...(i % 4 === 0 ? { outcome: { outcome: 'partly' as const, method: 'price_reduction' as const, reason: 'Следи от удар', on: '2026-03-09' } } : {}),
})), { name: 'Магазин София', code: 'SOF01' }, 2026, t);

/** A PDF's bytes without what differs on every run: its creation time and the file ID made from it. */
const timeless = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').replace(/\(D:\d{14}Z\)/, '(D:…)').replace(/\/ID \[<\w+> <\w+>\]/, '/ID […]');
/** A page's text with the line breaks its narrow cells made taken out. */
const textOf = (pdf: Uint8Array, page: number) => {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  return doc.loadPage(page < 0 ? doc.countPages() + page : page).toStructuredText('preserve-whitespace').asText().replace(/\s+/g, '');
};
const pages = (pdf: Uint8Array) => mupdf.Document.openDocument(pdf, 'application/pdf').countPages();

describe("the register's PDF in a thread of its own", () => {
  test('is the same PDF as made on the calling thread, byte for byte but for its creation time', async () => {
    const here = await registerPdf(table, registerFont(), (page, n) => t('register:page', { page, pages: n }));
    const there = await renderRegisterPdf({ table, locale: 'bg' });
    expect(pages(there)).toBeGreaterThan(1);
    expect(timeless(there)).toBe(timeless(here));
  }, 30_000);

  test('a PDF the thread cannot make is an error for the caller, not a wait forever', async () => {
    await expect(renderRegisterPdf({ table: { ...table, rows: null as unknown as string[][] }, locale: 'bg' })).rejects.toThrow();
  }, 30_000);

  test("the counter records cases while a 5,000-entry register's PDF is being made", async () => {
    const d = await readyDesk(bg);
    try {
      seedRegister(d.desk, 5_000);
      const answered: string[] = [];
      const pdf = d.client.exportComplaintsRegister({ format: 'pdf' }).then((r) => {
        answered.push('pdf');
        return r;
      });
      // Five claims filed one after another at the counter, each a command of its own, while the PDF is made.
      for (let i = 1; i <= 5; i++) {
        await new Promise((r) => setImmediate(r));
        const claim = ok(await d.client.openComplaint(complaintInput({ customer: { name: `Клиент ${i}`, phone: '+359 888 000 000' } })));
        answered.push(claim.complaint!.registerNo!);
      }
      const file = ok(await pdf);
      expect(answered).toEqual(['R5001', 'R5002', 'R5003', 'R5004', 'R5005'].map((r) => `SOF01-A-${d.desk.today().slice(0, 4)}-${r}`).concat('pdf'));
      // The 5,000 entries filed before it was asked for, the last one on the last page.
      const last = textOf(Buffer.from(file.base64, 'base64'), -1);
      expect(last).toContain(`SOF01-A-${d.desk.today().slice(0, 4)}-R5000`);
      expect(last).not.toContain('R5001');
    } finally {
      d.remove();
    }
  }, 120_000);
});

describe('the bundled main process', () => {
  const main = bundledMain();
  beforeAll(() => main.start(), 60_000);
  afterAll(() => main.stop());
  const appFrame = { senderFrame: { url: 'app://desk/index.html' } };
  const call = (method: string, input: unknown) => main.fake.rec.ipc.get(ipcChannel(method as 'openComplaint'))!(appFrame, input);

  test("finds the PDF's thread beside its bundle (dist/main/register-pdf-worker.cjs, in app.asar once packaged)", async () => {
    expect(await call('completeSetup', { setup: setupFor(bg), manager: { name: 'Мария', pin: '999999' } })).toMatchObject({ ok: true });
    expect(await call('openComplaint', complaintInput({ customer: { name: 'Клиент', phone: '+359 888 000 000' } }))).toMatchObject({ ok: true });
    const file = await call('exportComplaintsRegister', { format: 'pdf' }) as { ok: true; value: { base64: string } };
    const text = textOf(Buffer.from(file.value.base64, 'base64'), 0);
    expect(text).toContain('Регистърнарекламациите');
    expect(text).toMatch(/SOF01-A-\d{4}-R0001/);
  }, 60_000);
});
