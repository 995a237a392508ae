import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { deliver, PrinterError } from '../../../../main/core/printing/transport.js';
import { FakePrinter } from '../../../helpers/fake-printer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});
const job = Buffer.from([0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x00]);
const fault = (p: Promise<unknown>) => p.then(() => null, (e: PrinterError) => ({ fault: e.fault, delivered: e.delivered }));

it('writes a job to a device path, and says when the device is not there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lp-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  await deliver(join(dir, 'lp0'), job, { timeoutMs: 1_000, statusCheck: true });
  expect(readFileSync(join(dir, 'lp0'))).toEqual(job);
  expect(await fault(deliver(join(dir, 'missing', 'lp0'), job, { timeoutMs: 1_000, statusCheck: true }))).toEqual({ fault: 'unreachable', delivered: false });
});

it('without the status check, a job counts as sent once the printer took the bytes', async () => {
  const printer = await FakePrinter.start();
  cleanup.push(() => printer.close());
  await deliver(printer.url, job, { timeoutMs: 1_000, statusCheck: false });
  await expect.poll(() => printer.jobs.length).toBe(1);
  expect(printer.jobs[0]!.bytes).toEqual(job);
});

it('tells apart failures before the job went out (safe to retry) from after (may have printed)', async () => {
  const printer = await FakePrinter.start();
  cleanup.push(() => printer.close());
  await printer.setMode('hang');
  expect(await fault(deliver(printer.url, job, { timeoutMs: 200, statusCheck: true }))).toEqual({ fault: 'timeout', delivered: false });
  await printer.setMode('mute');
  expect(await fault(deliver(printer.url, job, { timeoutMs: 200, statusCheck: true }))).toEqual({ fault: 'timeout', delivered: true });
  await printer.setMode('down');
  expect(await fault(deliver(printer.url, job, { timeoutMs: 200, statusCheck: true }))).toEqual({ fault: 'unreachable', delivered: false });
});
