import { describe, expect, test } from 'vitest';
import { complaintsRegister, registerDay } from '../../../shared/law/register.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { ComplaintKind } from '../../../shared/domain/events.js';
import { foldCase } from '../../../shared/domain/fold.js';
import { formatHlc } from '../../../shared/domain/hlc.js';

let n = 0;
/** A complaint filed at `wall` (UTC ms), folded as every side folds it. */
function claim(caseNo: string, wall: number, kind: ComplaintKind = 'defect', registerNo?: string) {
  n += 1;
  const id = `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const opened = {
    id, deviceId: 'dev', seq: n, caseId: id, actor: 's1', at: formatHlc({ wall, counter: 0 }, 'dev'), type: 'complaint.opened',
    payload: { caseNo, country: 'BG', kind, remedy: 'repair', description: `Claim ${caseNo}`, ...(registerNo ? { registerNo } : {}) },
  } satisfies DeskEvent;
  return foldCase([opened])!;
}
const at = (iso: string) => Date.parse(iso);

describe('the register of a store from its claims', () => {
  test("every desk's claims in filing order, numbered by their register numbers (by their case numbers when filed before those); a service complaint is no entry", () => {
    const entries = complaintsRegister([
      claim('SOF01-A-2026-00007', at('2026-12-30T10:00:00Z'), 'defect', 'SOF01-A-2026-R0003'),
      claim('SOF01-B-2026-00001', at('2026-03-01T10:00:00Z')),
      claim('SOF01-A-2026-00002', at('2026-02-01T10:00:00Z')),
      claim('SOF01-A-2026-00003', at('2026-02-02T10:00:00Z'), 'service'),
    ]);
    expect(entries.map((e) => [e.no, e.filedOn])).toEqual([
      ['SOF01-A-2026-00002', '2026-02-01'],
      ['SOF01-B-2026-00001', '2026-03-01'],
      ['SOF01-A-2026-R0003', '2026-12-30'],
    ]);
  });

  test('the same claims in any order give the same register (every desk and head office agree)', () => {
    const claims = Array.from({ length: 12 }, (_, i) => claim(`SOF01-${'ABC'[i % 3]}-2026-${String(i + 1).padStart(5, '0')}`, at('2026-05-01T08:00:00Z') + (i * 7919) % 13 * 60_000));
    const once = complaintsRegister(claims);
    expect(complaintsRegister([...claims].reverse())).toEqual(once);
    expect(once.map((e) => e.filedAt)).toEqual([...once.map((e) => e.filedAt)].sort());
  });

  test("dates are Sofia's calendar days: 22:30 UTC on 31 December is 1 January there", () => {
    expect(registerDay(formatHlc({ wall: at('2026-12-31T22:30:00Z'), counter: 0 }, 'dev'))).toBe('2027-01-01');
    expect(registerDay(formatHlc({ wall: at('2026-07-15T20:59:00Z'), counter: 0 }, 'dev'))).toBe('2026-07-15');
  });
});
