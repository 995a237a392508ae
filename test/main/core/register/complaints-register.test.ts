import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ok } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { signedIn } from '../../../../headoffice/test/auth/sign-in.js';
import { issueEnrollmentCode } from '../../../../headoffice/src/store/enrollment.js';
import { readyDesk } from '../../../helpers/desk.js';
import { quickSync } from '../../../helpers/sync-desk.js';
import { FakePrinter } from '../../../helpers/fake-printer.js';
import { until } from '../../../helpers/until.js';
import { testPrinter } from '../printing/receipt-scenarios.js';
import { decodeJob } from '../printing/escpos-decode.js';

const files = headOfficeForFile();
const bg = { country: 'BG' as const, language: 'bg' as const, currency: 'EUR' as const, storeCode: 'SOF01' };
type BgDesk = Awaited<ReturnType<typeof enrolledDesk>>;

const file = (desk: BgDesk, n: number, who: string) => desk.client.openComplaint(complaintInput({
  description: `Дефект ${who}-${n}; „капе“`, product: { name: `Чайник ${who}${n}`, serial: `SN-${who}${n}` },
  customer: { name: `Клиент ${who}${n}`, phone: '+359 888 123 456' },
}));
const register = async (desk: BgDesk) => ok(await desk.client.complaintsRegister({}));

describe('the BG complaints register across the desks of a store', () => {
  test("each desk numbers its own entries offline; after sync every desk and head office show the store's register in filing order, head office only to who may see the store", async () => {
    const a = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'A' }));
    const b = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'B' }));
    const year = Number(a.desk.today().slice(0, 4));

    // Filed in this order, each desk offline from the other (neither has synced yet).
    const filed = [ok(await file(a, 1, 'A')), ok(await file(b, 1, 'B'))];
    // A return takes the desk's next case number too; the register skips it.
    ok(await a.client.recordReturn({ purchase: receipt(a.desk.today()), lines: [returnLine(10_00, 'EUR')], refundMethod: 'cash' }));
    // Nor does a suggestion: it is no claim, so it is not in the register.
    ok(await b.client.openComplaint({ kind: 'suggestion', remedy: 'none', description: 'Повече паркоместа' }));
    filed.push(ok(await file(b, 2, 'B')), ok(await file(a, 2, 'A')));
    // Each desk numbered its own entries offline, in sequence: the return and the suggestion took none.
    expect((await register(a)).entries.map((e) => e.no)).toEqual([`SOF01-A-${year}-R0001`, `SOF01-A-${year}-R0002`]);

    for (const d of [a, b, a]) ok(await d.client.syncNow({}));

    const atA = await register(a);
    expect(atA.entries.map((e) => e.no)).toEqual(filed.map((f) => f.complaint!.registerNo));
    expect(atA.entries.map((e) => e.no.replace(`-${year}-`, '-'))).toEqual(['SOF01-A-R0001', 'SOF01-B-R0001', 'SOF01-B-R0002', 'SOF01-A-R0002']);
    expect(atA.entries[0]).toMatchObject({ consumer: 'Клиент A1, +359 888 123 456', goods: 'Чайник A1, SN-A1', defect: 'Дефект A-1; „капе“', remedy: 'repair' });
    expect(atA.entries[0]!.outcome).toBeUndefined();
    expect((await register(b)).entries).toEqual(atA.entries);

    // B settles A's first claim; the customer declined the confirmation. A and head office see the outcome.
    ok(await b.client.handDocument({ caseId: filed[0]!.id, document: 'filing', how: 'declined' }));
    ok(await b.client.resolveComplaint({ caseId: filed[0]!.id, outcome: 'rejected', reason: 'Удар; „механична“ повреда' }));
    for (const d of [b, a]) ok(await d.client.syncNow({}));
    const settled = await register(a);
    expect(settled.entries[0]!.outcome).toMatchObject({ outcome: 'rejected', on: a.desk.today() });
    expect(ok(await b.client.syncStatus({})).rejected).toEqual([]);

    // Head office: the same table from the events it holds, for a regional manager of the store, as Excel would open it.
    const manager = await signedIn(files.ho.app, files.ho.db, 'regional_manager', ['SOF01']);
    const get = (url: string, headers = manager.headers) => files.ho.app.inject({ method: 'GET', url, headers });
    const res = await get(`/register.csv?store=SOF01&year=${year}&lang=bg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="complaints-register-SOF01-${year}.csv"`);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(parse(res.body, { bom: true, delimiter: ';' })).toEqual([settled.table.columns, ...settled.table.rows]);

    const page = (await get(`/register?store=SOF01&year=${year}&lang=bg`)).body;
    expect(page).toContain('Регистър на рекламациите');
    expect(page.indexOf('Клиент A1')).toBeLessThan(page.indexOf('Клиент B1'));
    expect(page).toContain('Удар; „механична“ повреда');
    const pdf = await get(`/register.pdf?store=SOF01&year=${year}&lang=bg`);
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);

    // Nobody else: another region's manager, the service centre, or a browser without a session.
    const otherRegion = await signedIn(files.ho.app, files.ho.db, 'regional_manager', ['PLO01']);
    const serviceCentre = await signedIn(files.ho.app, files.ho.db, 'service_centre');
    for (const url of ['/register?store=SOF01', '/register.csv?store=SOF01', '/register.pdf?store=SOF01']) {
      expect((await get(url, otherRegion.headers)).statusCode, url).toBe(403);
      expect((await get(url, serviceCentre.headers)).statusCode, url).toBe(403);
      expect((await files.ho.app.inject({ method: 'GET', url })).statusCode, url).toBe(302);
    }
  });

  test("register numbers: gapless per desk among returns and other complaints, the store's register their union in filing order everywhere, printed on the confirmation, continued by a replacement PC", async () => {
    const store = { ...bg, storeCode: 'SOF02' };
    const printer = await FakePrinter.start();
    try {
      const a = files.keep(await enrolledDesk(files.ho, { ...store, deskCode: 'A' }));
      const b = files.keep(await enrolledDesk(files.ho, { ...store, deskCode: 'B' }));
      ok(await a.client.savePrinterSettings({ settings: testPrinter(printer.url, { width: 48 }) }));
      const year = Number(a.desk.today().slice(0, 4));

      // Each desk offline, its claims among returns, service complaints and suggestions; the two desks take turns.
      type Step = 'claim' | 'return' | 'service' | 'suggestion';
      const plan: Step[] = ['claim', 'return', 'service', 'claim', 'suggestion', 'claim', 'return', 'return', 'claim', 'service'];
      const claims: { desk: 'A' | 'B'; registerNo: string }[] = [];
      for (const [i, step] of plan.entries()) {
        for (const [name, d] of [['A', a], ['B', b]] as const) {
          if (step === 'return') ok(await d.client.recordReturn({ purchase: receipt(d.desk.today()), lines: [returnLine(10_00, 'EUR')], refundMethod: 'cash' }));
          else if (step === 'claim') claims.push({ desk: name, registerNo: ok(await file(d, i, name)).complaint!.registerNo! });
          else ok(await d.client.openComplaint({ kind: step, remedy: 'none', description: `Обслужване ${name}${i}` }));
        }
      }
      const filedOrder = claims.map((c) => c.registerNo);
      const perDesk = (desk: string, nos: string[]) => nos.filter((no) => no.startsWith(`SOF02-${desk}-`));
      const run = (desk: string, n: number) => Array.from({ length: n }, (_, i) => `SOF02-${desk}-${year}-R${String(i + 1).padStart(4, '0')}`);

      // The customer's confirmation of A's first claim names its register entry by that number, not by the case number.
      const confirmation = (await until(() => printer.jobs.length >= 1), decodeJob(printer.jobs[0]!.bytes, 'epson', { 46: 'win1251' }).documents[0]!);
      expect(confirmation).toContain('ПОТВЪРЖДЕНИЕ ЗА РЕКЛАМАЦИЯ');
      expect(confirmation).toContain(`Вписана в регистъра на рекламациите под №\nSOF02-A-${year}-R0001\n`);
      expect(confirmation).toMatch(new RegExp(`^Номер +SOF02-A-${year}-00001$`, 'm'));

      for (const d of [a, b, a]) ok(await d.client.syncNow({}));

      const atA = (await register(a)).entries.map((e) => e.no);
      // Each desk's run is 1..n with no gap or duplicate; the store's register is their union in filing order.
      expect(perDesk('A', atA)).toEqual(run('A', 4));
      expect(perDesk('B', atA)).toEqual(run('B', 4));
      expect(atA).toEqual(filedOrder);
      expect((await register(b)).entries.map((e) => e.no)).toEqual(filedOrder);
      const manager = await signedIn(files.ho.app, files.ho.db, 'regional_manager', ['SOF02']);
      const atHeadOffice = async () => {
        const csv = (await files.ho.app.inject({ method: 'GET', url: `/register.csv?store=SOF02&year=${year}&lang=bg`, headers: manager.headers })).body;
        return (parse(csv, { bom: true, delimiter: ';' }) as string[][]).slice(1).map((row) => row[0]!);
      };
      expect(await atHeadOffice()).toEqual(filedOrder);

      // B's PC is replaced: the new one pulls B's claims and continues its register after the highest.
      const newPc = files.keep(await readyDesk({ ...store, deskCode: 'B' }, { sync: quickSync }));
      ok(await newPc.client.enroll({ url: files.ho.url, code: await issueEnrollmentCode(files.ho.db, { storeCode: 'SOF02', deskCode: 'B', replace: true }) }));
      expect(ok(await file(newPc, 99, 'B')).complaint!.registerNo).toBe(run('B', 5)[4]);
      ok(await newPc.client.syncNow({}));
      expect(perDesk('B', await atHeadOffice())).toEqual(run('B', 5));
    } finally {
      await printer.close();
    }
  });
});
