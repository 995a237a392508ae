// Printing: time from a case's commit to the last byte of its receipt at a (fake) network printer.
import { performance } from 'node:perf_hooks';
import { FakePrinter } from '../../test/helpers/fake-printer.js';
import { ok, readyDesk } from '../../test/helpers/desk.js';
import { defaultPrinterSettings } from '../../shared/printing/printer-settings.js';
import { percentile, type BenchRow } from './row.js';

const CASES = 200;

export async function bench(): Promise<BenchRow[]> {
  const printer = await FakePrinter.start();
  const d = await readyDesk({ language: 'cs' });
  ok(await d.client.savePrinterSettings({ settings: { ...defaultPrinterSettings, interface: printer.url, width: 42 } }));
  // Stamped by a commit listener: the print worker only starts on the next turn of the event loop.
  let committedAt = 0;
  d.desk.onCommitted(() => (committedAt = performance.now()));
  const samples: number[] = [];
  try {
    for (let i = 0; i < CASES; i++) {
      ok(await d.client.openComplaint({
        kind: 'defect', remedy: 'repair', description: `Konvice č. ${i} nehřeje, šňůra se přehřívá.`,
        product: { name: 'Rychlovarná konvice' }, customer: { name: 'Věra Čížková', phone: '+420 602 123 456' },
      }));
      const start = committedAt;
      while (printer.jobs.length <= i) await new Promise((r) => setImmediate(r));
      samples.push(printer.jobs[i]!.at - start);
    }
  } finally {
    d.remove();
    await printer.close();
  }
  const row = (p: number): BenchRow => ({ area: 'printing', measure: `commit -> last byte at printer, p${p} (${CASES} receipts)`, value: percentile(samples, p), unit: 'ms' });
  return [row(50), row(99)];
}
