import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { IdleMaintenance } from '../../../../main/core/db/idle-maintenance.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
const CASES = 24;

/** FTS5 keeps a segment's pages under rowids that start with its segment id (above bit 37). */
const segments = () => scalar<number>(d.desk.db, 'SELECT count(DISTINCT id >> 37) FROM case_search_data WHERE id >> 37 > 0')!;
const found = async (query: string) => ok(await d.client.listCases({ query, limit: 100 })).total;

beforeAll(async () => {
  d = await readyDesk();
  for (let i = 0; i < CASES; i++) ok(await d.client.openComplaint(complaintInput({ customer: { name: `Zákazník ${i}`, phone: `602 000 ${String(i).padStart(3, '0')}` } })));
  d.desk.maintenance.stop(); // the commands above scheduled a step: these tests run steps by hand
});
afterAll(() => d.remove());

describe('idle maintenance', () => {
  it('never merges inside a command: each command leaves its own segment', () => {
    expect(segments()).toBeGreaterThanOrEqual(CASES);
  });

  it('merges in bounded steps of their own until nothing is left, and every case is still found', async () => {
    let steps = 0;
    while (d.desk.maintenance.step()) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(segments()).toBeLessThan(CASES / 4);
    expect(await found('zakaznik')).toBe(CASES);
    expect(await found('602 000 017')).toBe(1);
    expect(d.desk.maintenance.step()).toBe(false);
  });

  it('runs a step by itself once the desk has been idle after a command', async () => {
    for (let i = 0; i < 8; i++) ok(await d.client.openComplaint(complaintInput()));
    const before = segments();
    await new Promise((r) => setTimeout(r, 600));
    expect(segments()).toBeLessThan(before);
  });

  it('commands back to back with no turn of the event loop still get a step after 256 (no timer could run)', async () => {
    d.desk.maintenance.stop();
    const before = segments();
    // Awaiting only the commands themselves: microtasks, so no timer of the desk's ever fires here.
    for (let i = 0; i < 255; i++) ok(await d.client.openComplaint(complaintInput()));
    expect(segments()).toBeGreaterThanOrEqual(before + 255);
    ok(await d.client.openComplaint(complaintInput()));
    expect(segments()).toBeLessThan(before + 256);
    d.desk.maintenance.stop();
  });

  it('under a steady stream steps after every 32 commands, without waiting for a pause or its deadline', async () => {
    d.desk.maintenance.stop();
    const stream = new IdleMaintenance(d.desk.db, 60_000, 60_000);
    const committed = vi.spyOn(d.desk.maintenance, 'committed').mockImplementation(() => stream.committed());
    const turn = () => new Promise((r) => setTimeout(r, 10));
    try {
      const before = segments();
      for (let i = 0; i < 31; i++) {
        ok(await d.client.openComplaint(complaintInput()));
        await turn();
      }
      expect(segments()).toBeGreaterThanOrEqual(before + 31);
      ok(await d.client.openComplaint(complaintInput()));
      await turn();
      expect(segments()).toBeLessThan(before + 32);
    } finally {
      committed.mockRestore();
      stream.stop();
    }
  });
});
