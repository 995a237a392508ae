// The BG complaints register: how long the counter takes to record a claim while a 5,000-entry
// register's PDF is being made (in its own thread), against an idle desk.
import { performance } from 'node:perf_hooks';
import { complaintInput } from '../../test/helpers/cases.js';
import { ok, readyDesk } from '../../test/helpers/desk.js';
import { seedRegister } from '../../test/helpers/register-seed.js';
import { percentile, type BenchRow } from './row.js';

const ENTRIES = 5_000;
const IDLE_SAMPLES = 200;

export async function bench(): Promise<BenchRow[]> {
  const d = await readyDesk({ country: 'BG', language: 'bg', currency: 'EUR', storeCode: 'SOF01', storeName: 'Магазин София' });
  const record = async () => {
    await new Promise((r) => setImmediate(r)); // each command is a task of its own, as from the window
    const t0 = performance.now();
    ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Иван Петров', phone: '+359 888 123 456' } })));
    return performance.now() - t0;
  };
  try {
    seedRegister(d.desk, ENTRIES);
    const idle: number[] = [];
    for (let i = 0; i < IDLE_SAMPLES; i++) idle.push(await record());
    const during: number[] = [];
    let done = false;
    const t0 = performance.now();
    const pdf = d.client.exportComplaintsRegister({ format: 'pdf' }).then((r) => {
      done = true;
      return ok(r);
    });
    while (!done) during.push(await record());
    await pdf;
    const rendered = performance.now() - t0;
    const row = (measure: string, value: number, unit = 'ms'): BenchRow => ({ area: 'register', measure, value: Number(value.toFixed(3)), unit });
    return [
      row(`record a claim, idle desk, p50 (${IDLE_SAMPLES})`, percentile(idle, 50)),
      row(`record a claim, idle desk, p99 (${IDLE_SAMPLES})`, percentile(idle, 99)),
      row(`record a claim during a ${ENTRIES}-entry register PDF, p50 (${during.length})`, percentile(during, 50)),
      row(`record a claim during a ${ENTRIES}-entry register PDF, p99 (${during.length})`, percentile(during, 99)),
      row(`${ENTRIES}-entry register PDF, asked -> bytes`, rendered),
    ];
  } finally {
    d.remove();
  }
}
