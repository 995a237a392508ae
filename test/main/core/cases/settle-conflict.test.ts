import { afterEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { returnLine, signInClerk } from '../../../helpers/cases.js';
import { applyPulled } from '../../../helpers/sale-desk.js';
import { formatHlc, hlcWallMs } from '../../../../shared/domain/hlc.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../../shared/domain/events.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

/** What head office sends down when it finds a sale refunded beyond its bounds. */
const flagged = (c: CaseState, seq = 1): DeskEvent => ({
  id: uuidv7(), deviceId: 'head-office', seq, caseId: c.id, type: 'case.flagged', actor: 'head-office',
  at: formatHlc({ wall: hlcWallMs(c.updatedAt) + seq, counter: 0 }, 'head-office'),
  payload: { kind: 'over_refund', saleId: 'S-1', receiptNo: 'T3/000123', over: ['k'], cases: [c.caseNo, 'PRG01-B-2026-00001'] },
});

describe('settleConflict', () => {
  it('a flagged case is listed as a conflict until a manager settles it with a note', async () => {
    const d = await readyDesk();
    desks.push(d);
    const { client } = d;
    const c = ok(await client.recordReturn({ purchase: { purchaseDate: d.desk.today(), proof: 'receipt' }, lines: [returnLine(100)], refundMethod: 'cash' }));
    expect(await client.settleConflict({ caseId: c.id, note: 'Nothing to settle', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'no_open_conflict' } });
    applyPulled(d.desk, [flagged(c)]);
    const conflictOf = async () => ok(await client.listCases({ limit: 10 })).items.find((i) => i.id === c.id)!.conflict;
    expect(await conflictOf()).toBe(true);

    await signInClerk(client);
    expect(await client.settleConflict({ caseId: c.id, note: 'Customer paid back', approvalPin: '1111' }))
      .toMatchObject({ ok: false, error: { code: 'manager_required', approve: ['settle_conflict'], message: 'A manager must approve this: settling a refund conflict.' } });
    const settled = ok(await client.settleConflict({ caseId: c.id, note: 'Customer paid back', approvalPin: MANAGER_PIN }));
    expect(settled.conflict).toMatchObject({ saleId: 'S-1', over: ['k'], settled: { note: 'Customer paid back', actor: expect.any(String) } });
    expect(await conflictOf()).toBe(false);
    expect(await client.settleConflict({ caseId: c.id, note: 'Again', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'no_open_conflict' } });
    // A later finding (another case joined) needs settling again.
    applyPulled(d.desk, [flagged(settled, 2)]);
    expect(await conflictOf()).toBe(true);
  });

  it('refuses anyone not signed in', async () => {
    const d = await readyDesk();
    desks.push(d);
    ok(await d.client.signOut({}));
    expect(await d.client.settleConflict({ caseId: uuidv7(), note: 'x', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });
});
