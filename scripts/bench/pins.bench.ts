// PINs: sign-in at a desk with 50 staff, against what one guess costs someone who copied desk.db
// and tries every 6-digit PIN on one core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDesk } from '../../main/core/open-desk.js';
import { nodeSettings } from '../../main/core/settings/settings-store.js';
import { createDispatch } from '../../main/core/handlers/dispatch.js';
import { scalar } from '../../main/core/db/sqlite.js';
import { pinKey } from '../../main/core/staff/pin-hash.js';
import type { DeskApi } from '../../shared/api/index.js';
import { percentile, type BenchRow } from './row.js';

const AREA = 'pins';
const STAFF = 50;
const SAMPLES = 30;
const DAY_HOURS = 24;

const row = (measure: string, value: number, unit: string, target?: string, met?: boolean): BenchRow => ({ area: AREA, measure, value, unit, target, met });

async function timed(n: number, f: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pins-'));
  const services = openDesk({ dataDir: dir, settings: nodeSettings(dir) });
  const dispatch = createDispatch(services);
  const client = new Proxy({} as DeskApi, { get: (_, m: string) => (input: unknown) => dispatch(m, input) });
  try {
    const setup = { storeCode: 'PRG01', storeName: 'Bench', companyId: '1', address: 'Praha', deskCode: 'A', country: 'CZ', language: 'en', currency: 'CZK' } as const;
    const ready = await client.completeSetup({ setup, manager: { name: 'Bench', pin: '999999' } });
    if (!ready.ok) throw new Error(ready.error.message);
    const pinOf = (i: number) => String(100_000 + i * 7919);
    for (let i = 1; i < STAFF; i++) {
      const added = await client.addStaff({ name: `Clerk ${i}`, role: 'clerk', pin: pinOf(i) });
      if (!added.ok) throw new Error(added.error.message);
    }
    const signIns = await timed(SAMPLES, async (i) => {
      const r = await client.signIn({ pin: pinOf(1 + (i % (STAFF - 1))) });
      if (!r.ok) throw new Error(r.error.message);
    });
    const p99 = percentile(signIns, 99);
    const params = JSON.parse(scalar<string>(services.desk.db, "SELECT value FROM meta WHERE key = 'pin.key'")!) as { salt: string; N: number; r: number; p: number };
    // An attacker with the file runs the same key derivation, one guess after another, on one core.
    const guesses = await timed(SAMPLES, (i) => pinKey(String(i).padStart(6, '0'), params.salt, params));
    const hours = (percentile(guesses, 50) * 1e6) / 3_600_000;
    return [
      row(`sign in by PIN, ${STAFF} staff, p50`, percentile(signIns, 50), 'ms'),
      row(`sign in by PIN, ${STAFF} staff, p99`, p99, 'ms', '< 300 ms', p99 < 300),
      row(`one guess at a PIN from a copied desk.db (scrypt N=${params.N} r=${params.r} p=${params.p}), p50`, percentile(guesses, 50), 'ms'),
      row('copied desk.db: all 10^6 six-digit PINs on one core', Number(hours.toFixed(1)), 'h'),
      // One salt per desk: a guess tests every person at once, so one PIN falls after half the space on average.
      row('copied desk.db: one given 6-digit PIN on one core, on average', Number((hours / 2).toFixed(1)), 'h', `≥ ${DAY_HOURS} h`, hours / 2 >= DAY_HOURS),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
