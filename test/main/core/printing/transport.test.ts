import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { deliver, PrinterError, sendDevice } from '../../../../main/core/printing/transport.js';
import { FakePrinter } from '../../../helpers/fake-printer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});
const job = Buffer.from([0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x00]);
const fault = (p: Promise<unknown>) => p.then(() => null, (e: PrinterError) => ({ fault: e.fault, delivered: e.delivered }));

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'lp-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const opts = { timeoutMs: 1_000, statusCheck: true };

it('writes a job to a character device, and says when the device is not there', async () => {
  await sendDevice('/dev/null', job, opts);
  expect(await fault(sendDevice(join(tempDir(), 'lp0'), job, opts))).toEqual({ fault: 'unreachable', delivered: false });
});

it('never writes to or creates a file where a printer device should be', async () => {
  const dir = tempDir();
  const profile = join(dir, '.bashrc');
  writeFileSync(profile, 'export PATH\n');
  symlinkSync(profile, join(dir, 'lp0'));
  for (const path of [profile, join(dir, 'lp0')]) {
    expect(await fault(sendDevice(path, job, opts))).toEqual({ fault: 'unreachable', delivered: false });
  }
  expect(readFileSync(profile, 'utf8')).toBe('export PATH\n');
  // deliver() checks the name too, whatever a settings file says: /dev/.. climbs out and is refused.
  const escape = `/dev/..${join(dir, 'new-file')}`;
  expect(await fault(deliver(escape, job, opts))).toEqual({ fault: 'unreachable', delivered: false });
  expect(existsSync(join(dir, 'new-file'))).toBe(false);
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
