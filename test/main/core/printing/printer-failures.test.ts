// A printer that is down, refusing, hanging, slow or out of paper never loses or blocks a case:
// the case is saved, the job waits and retries, and prints exactly once when the printer is back.
import { afterEach, describe, expect, it } from 'vitest';
import { FakePrinter, type FakeMode } from '../../../helpers/fake-printer.js';
import { ok, tempDesk } from '../../../helpers/desk.js';
import { scenarioDesk, testPrinter } from './receipt-scenarios.js';
import { until } from '../../../helpers/until.js';
import type { PrintJob } from '../../../../shared/api/printing.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function deskWithPrinter(mode: FakeMode, delayMs = 200) {
  const printer = await FakePrinter.start();
  printer.delayMs = delayMs;
  await printer.setMode(mode);
  const d = await scenarioDesk('cs', testPrinter(printer.url, { timeoutMs: 300, retry: { firstMs: 20, maxMs: 80 } }));
  cleanup.push(() => printer.close(), () => d.remove());
  const jobsOf = async (caseId: string) => ok(await d.client.listPrintJobs({ caseId }));
  return { printer, d, jobsOf };
}

describe('a printer that is not there', () => {
  it.each<[FakeMode, string]>([
    ['down', 'Tiskárna není dostupná'],
    ['refuse', 'Tiskárna není dostupná'],
    ['hang', 'Tiskárna neodpověděla včas'],
    ['slow', 'Tiskárna neodpověděla včas'],
    ['paper_out', 'V tiskárně došel papír'],
  ])('%s: the case is saved, the job retries, then prints once when the printer is back', async (mode, message) => {
    // 'slow' here is slower than the desk waits (300 ms).
    const { printer, d, jobsOf } = await deskWithPrinter(mode, 1_000);
    const complaint = await d.openComplaint();
    expect(ok(await d.client.getCase({ caseId: complaint.id })).case.caseNo).toBe(complaint.caseNo);

    let job: PrintJob | undefined;
    await until(async () => {
      [job] = await jobsOf(complaint.id);
      return !!job && job.attempts >= 2 && job.state === 'queued';
    });
    if (!job) throw new Error('no job');
    expect(job.lastError).toBe(message);
    expect(printer.jobs).toHaveLength(0);

    // Meanwhile the counter keeps working: another case is saved while the printer is away.
    const second = await d.recordReturn('card');
    expect(second.status).toBe('recorded');

    await printer.setMode('ok');
    await until(async () => (await jobsOf(complaint.id))[0]!.state === 'done' && (await jobsOf(second.id))[0]!.state === 'done');
    await d.services.printing.worker.idle();
    expect(printer.jobsWith(complaint.caseNo)).toHaveLength(1);
    expect(printer.jobsWith(second.caseNo)).toHaveLength(1);
  });

  it('slow but within the wait: prints on the first attempt', async () => {
    const { printer, d, jobsOf } = await deskWithPrinter('slow', 50);
    const complaint = await d.openComplaint();
    await until(async () => (await jobsOf(complaint.id))[0]!.state === 'done');
    expect((await jobsOf(complaint.id))[0]!.attempts).toBe(1);
    expect(printer.jobsWith(complaint.caseNo)).toHaveLength(1);
  });

  it('got the job but never confirmed it: not retried (it may be on paper), reprint on request', async () => {
    const { printer, d, jobsOf } = await deskWithPrinter('mute');
    const complaint = await d.openComplaint();
    await until(async () => (await jobsOf(complaint.id))[0]!.state === 'unconfirmed');
    await printer.setMode('ok');
    d.services.printing.worker.wake();
    await d.services.printing.worker.idle();
    expect(printer.jobsWith(complaint.caseNo)).toHaveLength(1);

    ok(await d.client.reprint({ caseId: complaint.id, kind: 'complaint_confirmation' }));
    await until(async () => (await jobsOf(complaint.id))[0]!.state === 'done');
    expect(printer.jobsWith(complaint.caseNo)).toHaveLength(2);
  });

  it('keeps waiting jobs across a restart and prints them once the printer is back', async () => {
    const printer = await FakePrinter.start();
    cleanup.push(() => printer.close());
    await printer.setMode('down');
    const d = await scenarioDesk('uk', testPrinter(printer.url, { timeoutMs: 300, retry: { firstMs: 20, maxMs: 80 } }));
    const complaint = await d.openComplaint();
    await until(async () => ok(await d.client.listPrintJobs({ caseId: complaint.id }))[0]!.attempts >= 1);
    d.services.close();

    await printer.setMode('ok');
    const reopened = tempDesk({ dir: d.dir });
    cleanup.push(() => reopened.remove());
    await until(() => printer.jobsWith(complaint.caseNo).length === 1);
    await reopened.services.printing.worker.idle();
    expect(printer.jobsWith(complaint.caseNo)).toHaveLength(1);
  });

  it('with no printer set, nothing is sent and the document can still be previewed', async () => {
    const d = await scenarioDesk('ru', testPrinter('none'));
    cleanup.push(() => d.remove());
    const complaint = await d.openComplaint();
    const [job] = ok(await d.client.listPrintJobs({ caseId: complaint.id }));
    expect(job!.state).toBe('skipped');
    const [preview] = ok(await d.client.previewDocuments({ caseId: complaint.id }));
    expect(preview!.html).toContain('ПОДТВЕРЖДЕНИЕ ПРЕТЕНЗИИ');
  });

  it('a test print says plainly whether it worked', async () => {
    const { printer, d } = await deskWithPrinter('ok');
    expect(ok(await d.client.testPrint({}))).toEqual({ printed: true, message: 'Zkušební stránka byla vytištěna.' });
    await printer.setMode('down');
    expect(ok(await d.client.testPrint({}))).toEqual({ printed: false, message: 'Tiskárna není dostupná' });
    expect(ok(await d.asManager(() => d.client.testPrint({ settings: testPrinter('none') }))).printed).toBe(false);
  });
});
