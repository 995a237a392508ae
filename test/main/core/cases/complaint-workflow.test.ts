import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
beforeEach(async () => { d = await readyDesk(); });
afterEach(() => d.remove());

/** The customer declined the document the law hands them before the next step (CZ §19: see test/main/core/register). */
const declined = async (caseId: string, document: 'filing' | 'resolution') => ok(await d.client.handDocument({ caseId, document, how: 'declined' }));
const open = async () => {
  const { id } = ok(await d.client.openComplaint(complaintInput()));
  await declined(id, 'filing');
  return id;
};

describe('complaint workflow received -> in_progress -> resolved -> closed', () => {
  it('moves through every status and keeps each step', async () => {
    const caseId = await open();
    expect(ok(await d.client.progressComplaint({ caseId, sentTo: 'service', note: 'sent to the service centre' })).status).toBe('in_progress');
    expect(ok(await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'repair' })).status).toBe('resolved');
    await declined(caseId, 'resolution');
    const closed = ok(await d.client.closeComplaint({ caseId, how: 'item_handed_back' }));
    expect(closed).toMatchObject({ status: 'closed', complaint: { sentTo: 'service', resolution: { outcome: 'accepted', method: 'repair' }, closed: { how: 'item_handed_back' } } });
    expect(ok(await d.client.getCase({ caseId })).events.map((e) => e.type)).toEqual(['complaint.opened', 'document.handed', 'complaint.progressed', 'complaint.resolved', 'document.handed', 'complaint.closed']);
  });

  it('may be resolved straight from received', async () => {
    const caseId = await open();
    expect(ok(await d.client.resolveComplaint({ caseId, outcome: 'partly', method: 'price_reduction', reason: 'wear from use' })).status).toBe('resolved');
  });

  it('refuses to close a complaint that is not resolved', async () => {
    const caseId = await open();
    const r = await d.client.closeComplaint({ caseId, how: 'customer_informed' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    expect(ok(await d.client.getCase({ caseId })).case.status).toBe('received');
  });

  it('refuses any change to a closed complaint', async () => {
    const caseId = await open();
    ok(await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'replacement' }));
    await declined(caseId, 'resolution');
    ok(await d.client.closeComplaint({ caseId, how: 'customer_informed' }));
    for (const r of [
      await d.client.progressComplaint({ caseId }),
      await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'refund' }),
      await d.client.closeComplaint({ caseId, how: 'item_handed_back' }),
    ]) expect(r).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    expect(ok(await d.client.getCase({ caseId })).events).toHaveLength(5);
  });

  it('refuses to progress or resolve a resolved complaint again', async () => {
    const caseId = await open();
    ok(await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'repair' }));
    expect(await d.client.progressComplaint({ caseId })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    expect(await d.client.resolveComplaint({ caseId, outcome: 'rejected', reason: 'changed my mind' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('a rejection or partial acceptance must give its reasons; an acceptance its method', async () => {
    const caseId = await open();
    expect(await d.client.resolveComplaint({ caseId, outcome: 'rejected' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['reason'] } });
    expect(await d.client.resolveComplaint({ caseId, outcome: 'rejected', reason: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['reason'] } });
    expect(await d.client.resolveComplaint({ caseId, outcome: 'partly', method: 'repair' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['reason'] } });
    expect(await d.client.resolveComplaint({ caseId, outcome: 'accepted' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['method'] } });
    expect(ok(await d.client.getCase({ caseId })).case.status).toBe('received');
    const rejected = ok(await d.client.resolveComplaint({ caseId, outcome: 'rejected', reason: 'Damage caused by a fall (expert report)' }));
    expect(rejected.complaint!.resolution).toMatchObject({ outcome: 'rejected', reason: 'Damage caused by a fall (expert report)' });
  });

  it('workflow commands do not apply to returns', async () => {
    const ret = ok(await d.client.recordReturn({
      purchase: { purchaseDate: d.desk.today(), proof: 'receipt' }, refundMethod: 'cash',
      lines: [{ item: 'Mug', qty: 1, unitPrice: { amount: 100, currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true }],
    }));
    expect(await d.client.progressComplaint({ caseId: ret.id })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
  });

  it('an unknown case is not_found', async () => {
    expect(await d.client.progressComplaint({ caseId: '01900000-0000-7000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('feedback only once the case has an answer', async () => {
    const caseId = await open();
    expect(await d.client.recordFeedback({ caseId, score: 4, solved: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    ok(await d.client.resolveComplaint({ caseId, outcome: 'accepted', method: 'repair' }));
    expect(ok(await d.client.recordFeedback({ caseId, score: 4, solved: 'yes', comment: 'quick' })).feedback).toMatchObject({ score: 4, solved: 'yes', comment: 'quick' });
  });
});
