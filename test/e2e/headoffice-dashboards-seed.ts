// The chain test/e2e/headoffice-dashboards.spec.ts reads its dashboards from, every figure counted by
// hand: PRG01 and BRN01 (CZ, CZK) in region West, SOF01 (BG, EUR) in East, all in November 2026
// but for one return in October of a reason code of head office's own.
// Cases arrive as desks push them (ingest), sales as a till sends them; the users are made as the
// command line makes them.
import { v7 as uuidv7 } from 'uuid';
import { formatCaseNo } from '../../shared/domain/case-number.js';
import type { DeskEvent, EventPayload, EventType, ReturnLine } from '../../shared/domain/events.js';
import { formatHlc } from '../../shared/domain/hlc.js';
import type { Country } from '../../shared/domain/jurisdiction.js';
import type { Currency } from '../../shared/domain/money.js';
import { runAdminCommand } from '../../headoffice/src/admin-commands.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { saveReason } from '../../headoffice/src/reference-admin/reference-store.js';
import type { Database } from '../../headoffice/src/db/database.js';
import { enrollDevice, issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { ingest } from '../../headoffice/src/store/ingest.js';
import { makeSale } from '../../headoffice/test/sales/fixtures.js';

export const dashboardUsers = { administrator: 'chain-admin@e2e.example', regional_manager: 'west@e2e.example' };
export const dashboardPassword = 'correct horse battery staple';
/** The range every figure below falls in. */
export const november = { from: '2026-11-01', to: '2026-11-30' };
/** BRN01's return of a shirt for its colour ('wrong_colour', named by head office in Czech and English). */
export const october = { from: '2026-10-01', to: '2026-10-31' };

type Desk = { id: string; storeCode: string; deskCode: string; country: Country; currency: Currency; seq: number; cases: number };
/** Noon UTC of a day in November 2026 (the same local day in every store's zone; 0 and less in October). */
const noon = (day: number, minute = 0) => Date.UTC(2026, 10, day, 12, minute);

async function desk(db: Database, storeCode: string, country: Country, currency: Currency, region: string): Promise<Desk> {
  const code = await issueEnrollmentCode(db, { storeCode, deskCode: 'A', country });
  const id = uuidv7();
  await enrollDevice(db, { code, deviceId: id, storeCode, deskCode: 'A' });
  await runAdminCommand(db, 'set-region', { store: storeCode, region });
  return { id, storeCode, deskCode: 'A', country, currency, seq: 0, cases: 0 };
}

/** The desk's next case: its number and a function adding its events (stamped on November days). */
function newCase(d: Desk) {
  const caseId = uuidv7();
  const caseNo = formatCaseNo(d.storeCode, d.deskCode, 2026, ++d.cases);
  const event = <T extends EventType>(day: number, actor: string, type: T, payload: EventPayload<T>, minute = 0) =>
    ({ id: uuidv7(), deviceId: d.id, seq: ++d.seq, caseId, at: formatHlc({ wall: noon(day, minute), counter: 0 }, d.id), actor, type, payload }) as DeskEvent;
  return { caseId, caseNo, event };
}

const line = (d: Desk, sku: string, qty: number, paid: number, reason: ReturnLine['reason']): ReturnLine => ({
  item: sku, sku, qty, unitPrice: { amount: paid / qty, currency: d.currency }, reason, condition: 'new', restock: true, paid: { amount: paid, currency: d.currency },
});

/** A return on `day` by `actor`, its refund in parts; rated `score` the same day unless voided (`voidedOn`). */
function aReturn(d: Desk, day: number, actor: string, lines: ReturnLine[], parts: ['cash' | 'card', number][], then: { score: number } | { voidedOn: number }) {
  const c = newCase(d);
  const amount = parts.reduce((sum, [, a]) => sum + a, 0);
  return [
    c.event(day, actor, 'return.recorded', {
      caseNo: c.caseNo, country: d.country, purchase: { purchaseDate: '2026-10-30', proof: 'receipt' }, lines,
      refund: { method: parts[0]![0], amount: { amount, currency: d.currency }, parts: parts.map(([method, a]) => ({ method, amount: { amount: a, currency: d.currency }, saleAmount: a })) },
    }),
    'score' in then
      ? c.event(day, 'customer', 'feedback.recorded', { score: then.score, solved: 'yes' }, 30)
      : c.event(then.voidedOn, actor, 'case.voided', { reason: 'wrong customer', managerId: 'boss' }),
  ];
}

/** A defect claim opened on `opened`, due `dueDate`, resolved (accepted) on `resolvedOn` or still open. */
function aClaim(d: Desk, opened: number, dueDate: string, resolvedOn?: number) {
  const c = newCase(d);
  return [
    c.event(opened, 'clerk', 'complaint.opened', { caseNo: c.caseNo, country: d.country, kind: 'defect', remedy: 'repair', description: 'Kettle leaks', dueDate }),
    ...(resolvedOn ? [c.event(resolvedOn, 'clerk', 'complaint.resolved', { outcome: 'accepted' })] : []),
  ];
}

/**
 * PRG01: PRG01-A-2026-00001 a kettle (99.00) and two mugs (10.00) back by Anna, 99.00 to the card
 * and 10.00 cash, rated 5; 00002 a claim resolved in time; 00003 a claim open past its deadline;
 * 00004 a return voided. BRN01: 00001 shoes (20.00) back in cash by Boris, rated 3; 00002 a claim
 * open past its deadline; 00003 on 11 October a shirt (30.00) back in cash for its colour, rated 4.
 * SOF01: 00001 a kettle (50.00 EUR) to the card by Vera, rated 4; 00002 a claim resolved late.
 * Sales of 135.00 each: two at PRG01, one at BRN01.
 */
export async function seedDashboards(db: Database, serverUrl: string) {
  const prg = await desk(db, 'PRG01', 'CZ', 'CZK', 'West');
  const brn = await desk(db, 'BRN01', 'CZ', 'CZK', 'West');
  const sof = await desk(db, 'SOF01', 'BG', 'EUR', 'East');
  const pushes: [Desk, DeskEvent[]][] = [
    [prg, [
      ...aReturn(prg, 2, 'anna', [line(prg, 'KET-20', 1, 9900, 'defective'), line(prg, 'MUG-01', 2, 1000, 'changed_mind')], [['card', 9900], ['cash', 1000]], { score: 5 }),
      ...aClaim(prg, 3, '2026-11-20', 12),
      ...aClaim(prg, 4, '2026-11-10'),
      ...aReturn(prg, 10, 'anna', [line(prg, 'KET-20', 1, 9900, 'defective')], [['cash', 9900]], { voidedOn: 11 }),
    ]],
    [brn, [
      ...aReturn(brn, 9, 'boris', [line(brn, 'SHOE-42', 1, 2000, 'wrong_size')], [['cash', 2000]], { score: 3 }), ...aClaim(brn, 5, '2026-11-25'),
      ...aReturn(brn, -20, 'boris', [line(brn, 'SHIRT', 1, 3000, 'wrong_colour')], [['cash', 3000]], { score: 4 }),
    ]],
    [sof, [...aReturn(sof, 16, 'vera', [line(sof, 'KET-20', 1, 5000, 'defective')], [['card', 5000]], { score: 4 }), ...aClaim(sof, 1, '2026-11-08', 15)]],
  ];
  await saveReason(db, commandLine, { scope: 'chain', code: 'wrong_colour', names: { cs: 'Jiná barva', en: 'Wrong colour' }, retired: false });
  for (const [d, events] of pushes) {
    const { rejected } = await ingest(db, d, { events });
    if (rejected.length) throw new Error(`seed refused: ${JSON.stringify(rejected)}`);
  }
  const { token } = (await runAdminCommand(db, 'integration-token', { name: 'Till', stores: 'PRG01,BRN01' })) as { token: string };
  const sales = ['PRG01', 'PRG01', 'BRN01'].map((store, i) => makeSale(store, { soldAt: `2026-11-0${i + 1}T10:00:00+00:00` }));
  const res = await fetch(`${serverUrl}/v1/sales`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ sales }) });
  if (!res.ok) throw new Error(`sales refused: ${await res.text()}`);
  await db.query(`INSERT INTO catalogue_items (sku, names, category, returnable, warranty_months) VALUES
    ('KET-20', '{"en":"Kettle"}', 'kitchen', true, 24), ('MUG-01', '{"en":"Mug"}', 'kitchen', true, 0)`);
  await createUser(db, commandLine, { email: dashboardUsers.administrator, name: 'Chain admin', role: 'administrator', stores: [], locale: 'en', password: dashboardPassword });
  await createUser(db, commandLine, { email: dashboardUsers.regional_manager, name: 'West', role: 'regional_manager', stores: ['PRG01', 'BRN01'], locale: 'en', password: dashboardPassword });
}
