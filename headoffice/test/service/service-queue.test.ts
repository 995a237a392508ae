import { beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import type { QueueItem } from '../../../shared/headoffice/service.js';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import { complaintOpenings } from '../../../test/helpers/events.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';

const ho = headOfficeAppForFile();
type Desk = Awaited<ReturnType<typeof enrolledDevice>>;
const desks = {} as Record<'prg' | 'brn', Desk>;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Three claims at PRG01 (due in 20, 3 and -2 days), two sent to service; one at BRN01 sent to service; one never sent. */
beforeAll(async () => {
  desks.prg = await enrolledDevice(ho.app, ho.db, 'SVC01', 'A');
  desks.brn = await enrolledDevice(ho.app, ho.db, 'SVC02', 'A');
  const push = async (d: Desk, events: DeskEvent[]) => expect((await ho.app.inject({ method: 'POST', url: '/v1/events', headers: bearer(d.token), payload: { events } })).statusCode).toBe(200);
  const sent = (d: Desk, opening: DeskEvent, seq: number) => ({
    id: uuidv7(), deviceId: d.id, seq, caseId: opening.caseId, type: 'complaint.progressed', at: formatHlc({ wall: 1_780_000_500_000 + seq, counter: 0 }, d.id),
    actor: 'staff-1', payload: { sentTo: 'service' },
  }) as DeskEvent;
  const prg = complaintOpenings(desks.prg, 1, 4);
  [20, 3, -2, 1].forEach((offset, i) => ((prg[i]!.payload as { dueDate?: string }).dueDate = day(offset)));
  await push(desks.prg, [...prg, sent(desks.prg, prg[0]!, 5), sent(desks.prg, prg[1]!, 6), sent(desks.prg, prg[2]!, 7)]);
  const brn = complaintOpenings(desks.brn, 1, 1);
  await push(desks.brn, [...brn, sent(desks.brn, brn[0]!, 2)]);
  await ho.db.query("UPDATE stores SET country = 'CZ' WHERE code = 'SVC01'");
});

const queue = async (headers: Record<string, string>) => {
  const res = await ho.app.inject({ method: 'GET', url: '/api/service/queue', headers });
  expect(res.statusCode).toBe(200);
  return (res.json() as { claims: QueueItem[] }).claims.filter((c) => c.storeCode.startsWith('SVC'));
};

describe('the service queue', () => {
  test('the claims sent to service, oldest statutory deadline first, with the days left; never one not sent', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'service_centre');
    const claims = await queue(headers);
    expect(claims.map((c) => [c.caseNo, c.daysLeft])).toEqual([
      ['SVC01-A-2026-00003', -2], ['SVC01-A-2026-00002', 3], ['SVC01-A-2026-00001', 20], ['SVC02-A-2026-00001', null],
    ]);
    expect(claims[0]).toMatchObject({ status: 'in_progress', description: 'Kettle 3 does not heat', dueDate: day(-2) });
  });

  test('only the service centre and administrators: a viewer and a regional manager are refused', async () => {
    for (const role of ['viewer', 'regional_manager'] as const) {
      const { headers } = await signedIn(ho.app, ho.db, role, role === 'regional_manager' ? ['SVC01'] : []);
      expect((await ho.app.inject({ method: 'GET', url: '/api/service/queue', headers })).statusCode, role).toBe(403);
      const post = await ho.app.inject({ method: 'POST', url: '/api/service/claims/SVC01-A-2026-00001', headers, payload: { step: 'received' } });
      expect(post.statusCode, role).toBe(403);
    }
  });
});

describe('working a claim', () => {
  const stateOf = async (caseNo: string) => (await ho.db.query<{ state: CaseState }>('SELECT state FROM cases WHERE case_no = $1', [caseNo]))[0]!.state;
  const step = (headers: Record<string, string>, caseNo: string, payload: object) =>
    ho.app.inject({ method: 'POST', url: `/api/service/claims/${caseNo}`, headers, payload });

  test('receipt, progress and the verdict are events the desk pulls, each in the audit log; the claim leaves the queue', async () => {
    const service = await signedIn(ho.app, ho.db, 'service_centre');
    const caseNo = 'SVC01-A-2026-00002';
    expect((await step(service.headers, caseNo, { step: 'received' })).statusCode).toBe(200);
    expect((await step(service.headers, caseNo, { step: 'progress', note: 'Heating element replaced' })).statusCode).toBe(200);
    // Partly accepted without its written reasons: refused, nothing recorded.
    const unreasoned = await step(service.headers, caseNo, { step: 'verdict', outcome: 'partly', method: 'repair' });
    expect(unreasoned.json()).toMatchObject({ error: 'malformed', fields: ['reason'] });
    expect((await step(service.headers, caseNo, { step: 'verdict', outcome: 'partly', method: 'price_reduction', reason: 'Scratches from use are not covered' })).statusCode).toBe(200);

    const state = await stateOf(caseNo);
    expect(state.status).toBe('resolved');
    expect(state.complaint!.resolution).toMatchObject({ outcome: 'partly', method: 'price_reduction', reason: 'Scratches from use are not covered', actor: service.user.name });
    // The store is Czech: the receipt's note is in Czech, as the desk prints it.
    expect(state.notes.map((n) => n.text)).toEqual([headofficeStrings.cs.service.receivedNote, 'Heating element replaced']);

    const pulled = await ho.app.inject({ method: 'GET', url: '/v1/events', headers: bearer(desks.prg.token) });
    const mine = (pulled.json() as { events: DeskEvent[] }).events.filter((e) => e.caseId === state.id);
    expect(mine.map((e) => e.type)).toEqual(['complaint.progressed', 'complaint.progressed', 'complaint.resolved']);
    expect(mine.every((e) => e.deviceId === 'headoffice-SVC01')).toBe(true);

    const audit = await ho.db.query<{ action: string; actor: string; before: unknown }>('SELECT action, actor, before FROM audit_log WHERE target = $1 ORDER BY id', [caseNo]);
    expect(audit).toEqual(['service.received', 'service.progress', 'service.verdict'].map((action) => ({ action, actor: service.user.email, before: { status: 'in_progress' } })));

    expect((await queue(service.headers)).map((c) => c.caseNo)).not.toContain(caseNo);
    expect((await step(service.headers, caseNo, { step: 'progress', note: 'again' })).json()).toMatchObject({ error: 'claim_decided' });
  });

  test('a claim not sent to service, or unknown, is not the service centre\'s', async () => {
    const service = await signedIn(ho.app, ho.db, 'service_centre');
    for (const caseNo of ['SVC01-A-2026-00004', 'SVC09-A-2026-00001']) {
      expect((await step(service.headers, caseNo, { step: 'received' })).json(), caseNo).toMatchObject({ error: 'case_not_found' });
    }
    expect((await stateOf('SVC01-A-2026-00004')).notes).toEqual([]);
  });
});
