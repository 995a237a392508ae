import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { seededRandom } from '../../../helpers/random.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import type { Ack } from '../../../helpers/record-loop.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';

const loop = fileURLToPath(new URL('../../../helpers/record-loop.ts', import.meta.url));
const ROUNDS = 6;
const random = seededRandom(20261124);

/** Runs the recording child until a random moment after it started acknowledging, then SIGKILLs it. */
function recordUntilKilled(dir: string, round: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', loop, dir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 30 + Math.floor(random() * 700));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`record loop ended by itself: ${err}`));
      // A line cut off by the kill was never acknowledged.
      resolve(out.split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as Ack));
    });
  });
}

type CaseRow = Record<string, unknown>;
const projectionRows = (db: ReturnType<typeof tempDesk>['desk']['db']) => ({
  cases: db.prepare('SELECT id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, state FROM cases ORDER BY id').all() as CaseRow[],
  search: db.prepare('SELECT s.case_id, s.body FROM case_search s JOIN cases c ON c.rowid = s.rowid ORDER BY s.case_id').all(),
  searchRows: scalar<number>(db, 'SELECT count(*) FROM case_search'),
});

let dir = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety: SIGKILL while recording', () => {
  it('every acknowledged case survives complete, and the log and projections agree', async () => {
    const setup = await readyDesk();
    dir = setup.dir;
    setup.services.close();
    const acked = new Map<string, Ack>();
    const ackedSeqs = new Set<number>();

    for (let round = 1; round <= ROUNDS; round++) {
      const acks = await recordUntilKilled(dir, round);
      expect(acks.length, `round ${round} acknowledged nothing`).toBeGreaterThan(0);
      for (const a of acks) {
        acked.set(a.caseId, a);
        a.seqs.forEach((s) => ackedSeqs.add(s));
      }

      const d = tempDesk({ dir });
      try {
        const { db } = d.desk;
        expect(scalar<string>(db, 'PRAGMA integrity_check')).toBe('ok');
        ok(await d.client.signIn({ pin: MANAGER_PIN }));

        // Every acknowledged event is in the log, and this device's seq numbers have no gaps.
        const seqs = (db.prepare('SELECT seq FROM events WHERE device_id = ? ORDER BY seq').all(d.desk.deviceId) as { seq: number }[]).map((r) => r.seq);
        expect(seqs).toEqual(seqs.map((_, i) => i + 1));
        for (const s of ackedSeqs) expect(seqs).toContain(s);

        // Every acknowledged case is there with at least what was acknowledged.
        for (const a of acked.values()) {
          const detail = ok(await d.client.getCase({ caseId: a.caseId }));
          expect(detail.case.caseNo).toBe(a.caseNo);
          expect(detail.case.eventCount).toBeGreaterThanOrEqual(a.eventCount);
          if (detail.case.eventCount === a.eventCount) expect(detail.case.status).toBe(a.status);
        }

        // Register numbers: unique, gapless, as many as cases.
        const nos = (db.prepare('SELECT case_no FROM cases ORDER BY case_no').all() as { case_no: string }[]).map((r) => Number(r.case_no.split('-').at(-1)));
        expect(nos).toEqual(nos.map((_, i) => i + 1));

        // The stored projection is exactly the fold of the log.
        const stored = projectionRows(db);
        expect(stored.searchRows).toBe(stored.cases.length);
        const rebuilt = d.desk.projection.rebuild(d.desk.log);
        expect(rebuilt).toBe(stored.cases.length);
        expect(projectionRows(db)).toEqual(stored);
        for (const row of stored.cases) expect((JSON.parse(row.state as string) as CaseState).id).toBe(row.id);
      } finally {
        d.services.close();
      }
    }
    expect(acked.size).toBeGreaterThan(ROUNDS);
  }, 120_000);
});
