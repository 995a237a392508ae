import type { z } from 'zod';
import { pushEnvelopeSchema, pushedEventSchema, type PushResponse, type Rejection } from '../../../shared/sync/protocol.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { hlcWallMs, maxClockAheadMs } from '../../../shared/domain/hlc.js';
import type { Database, Queryable, Transaction } from '../db/database.js';
import type { Device } from './enrollment.js';
import { HeadOfficeError } from './errors.js';
import { eventColumns, eventFromRow, idList, insertEvents, jsonParam, storeLockKey, type EventRow } from './event-store.js';
import { foldAndFlag, refoldAndFlag } from './over-refunds.js';
import { eventsByCase } from './case-fold.js';
import { applyRollupDeltas } from '../dashboards/aggregates.js';

const openingTypes = new Set(['complaint.opened', 'return.recorded', 'exchange.recorded']);
/** Only head office finds over-refunds: a desk flagging cases could make its store's desks believe anything. */
const headOfficeOnly = new Set(['case.flagged']);

const describe = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ').slice(0, 500);

/**
 * The rejected event as sent, kept for head office staff; U+0000 and lone UTF-16 surrogates (which
 * jsonb refuses, and which JSON.stringify writes as escapes) replaced.
 */
const storable = (raw: unknown) => JSON.parse(JSON.stringify(raw).replace(/\\u(?:0000|d[89a-f][0-9a-f]{2})/g, '\\ufffd')) as unknown;

type Checked = { seq: number; raw: Record<string, unknown> & { id: string; seq: number } } & ({ event: DeskEvent; tooEarly?: true } | { reason: string });
type Accepted = Extract<Checked, { event: DeskEvent }>;

/** Why an event can never be accepted, or the event itself. `now`: head office's clock (ms). */
function check(raw: Checked['raw'], device: Device, now: number): Checked {
  if (raw.deviceId !== device.id) throw new HeadOfficeError(403, 'wrong_device', `Event ${raw.id} belongs to another device.`);
  // The schema also refuses NUL and lone UTF-16 surrogates, which PostgreSQL cannot store.
  const parsed = pushedEventSchema.safeParse(raw);
  if (!parsed.success) return { seq: raw.seq, raw, reason: describe(parsed.error) };
  const event = parsed.data as DeskEvent;
  if (headOfficeOnly.has(event.type)) return { seq: raw.seq, raw, reason: `${event.type} is recorded by head office only: a desk may not send it` };
  // Every desk's clock follows the timestamps it pulls: one stamped in the future would drag them
  // all there. It is not refused for good (a PC an hour fast would lose its cases): it waits, and
  // the desk sends it again until head office's clock is within the bound of its stamp.
  if (hlcWallMs(event.at) - now > maxClockAheadMs) return { seq: raw.seq, raw, event, tooEarly: true };
  if (openingTypes.has(event.type)) {
    const { caseNo } = event.payload as { caseNo: string };
    if (!caseNo.startsWith(`${device.storeCode}-`)) throw new HeadOfficeError(403, 'wrong_store', `Event ${event.id} is for another store's case.`);
    // Each desk numbers its own cases: opening one under another desk's number could take it over.
    if (!caseNo.startsWith(`${device.storeCode}-${device.deskCode}-`)) {
      return { seq: raw.seq, raw, reason: `case number ${caseNo} is not one of desk ${device.deskCode}: only the desk it names may open it` };
    }
  }
  return { seq: raw.seq, raw, event };
}

/**
 * Stores a device's batch exactly once. In one transaction: replays (seq already covered) are
 * skipped, each next seq is stored or, if permanently invalid, recorded as rejected; the device's
 * highest contiguous seq moves with them. Permanently invalid too: an opening under another
 * desk's case number, or of a case opened already, and a `case.flagged` (head office's alone). An
 * event stamped more than `maxClockAheadMs` ahead of head office's clock is not acknowledged, nor
 * anything after it, until that clock catches up. Events of another device or store refuse the
 * whole batch and change nothing. The stored events' cases are folded and their sales' refunds
 * checked (refoldAndFlag) in the same transaction.
 */
export async function ingest(db: Database, device: Device, body: unknown): Promise<Omit<PushResponse, 'serverTime'>> {
  const envelope = pushEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw new HeadOfficeError(400, 'malformed', `The batch is not valid: ${describe(envelope.error)}`);
  const now = Date.now();
  const checked = envelope.data.events.map((raw) => check(raw, device, now)).sort((a, b) => a.seq - b.seq);
  try {
    return await db.transaction((tx) => storeBatch(tx, device, checked, false));
  } catch (e) {
    // A value the database refuses: the batch again, each event stored alone, to reject just those.
    if (!isDataError(e)) throw e;
    return db.transaction((tx) => storeBatch(tx, device, checked, true));
  }
}

/**
 * One push in one transaction, in few statements: the batch's events go in at once, and its cases
 * are folded together. `oneByOne`: the events are stored one at a time, each in a savepoint, so the
 * database's refusal of one rejects only it (after the batch at once was refused).
 */
async function storeBatch(tx: Transaction, device: Device, checked: Checked[], oneByOne: boolean): Promise<Omit<PushResponse, 'serverTime'>> {
  const caseIds = checked.flatMap((c) => ('event' in c ? [c.event.caseId] : []));
  // The store's lock, then the device's row (its last seq as committed by the push before).
  const [row] = await tx.query<{ last_seq: number }>(
    `WITH store AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext($2))) SELECT d.last_seq FROM devices d, store WHERE d.id = $1 FOR UPDATE OF d`,
    [device.id, storeLockKey(device.storeCode)],
  );
  // Every event held of the batch's cases: what the checks need, and (with the batch's) what the cases are folded from.
  const held = await tx.query<EventRow & { store_code: string }>(`SELECT ${eventColumns}, store_code FROM events WHERE case_id IN ${idList}`, [jsonParam(caseIds)]);
  if (held.some((h) => h.store_code !== device.storeCode)) throw new HeadOfficeError(403, 'wrong_store', "The batch touches another store's case.");
  // A second opening with an earlier clock reading would replace the case as its desk recorded it.
  const opened = new Set(held.filter((h) => openingTypes.has(h.type)).map((h) => h.case_id));
  // A case stored with a future time before head office bounded clocks: its follow-ups are stamped
  // just after it, and take no one's clock further than it already went. They need not wait.
  const latestWall = new Map<string, number>();
  for (const h of held) latestWall.set(h.case_id, Math.max(latestWall.get(h.case_id) ?? -Infinity, hlcWallMs(h.at)));
  const mustWait = (c: Accepted) => c.tooEarly && hlcWallMs(c.event.at) > (latestWall.get(c.event.caseId) ?? -Infinity);

  const heldSeq = row!.last_seq;
  let lastSeq = heldSeq;
  const accepted: Accepted[] = [];
  const rejected: { device_id: string; seq: number; id: string; reason: string; body: unknown }[] = [];
  const reject = (c: Checked, reason: string) => rejected.push({ device_id: device.id, seq: c.seq, id: c.raw.id, reason, body: storable(c.raw) });
  for (const c of checked) {
    if (c.seq <= lastSeq) continue; // a replay: already stored or rejected
    if (c.seq !== lastSeq + 1) break; // a gap: the desk resends from ackSeq + 1
    if ('reason' in c) reject(c, c.reason);
    else if (mustWait(c)) break; // stamped ahead of this clock: it and what follows wait, unacknowledged
    else if (!openingTypes.has(c.event.type)) accepted.push(c);
    else if (opened.has(c.event.caseId)) reject(c, `case ${c.event.caseId} is open already: it cannot be opened again`);
    else {
      opened.add(c.event.caseId);
      accepted.push(c);
    }
    lastSeq = c.seq;
  }
  // Contact is scrubbed only where a case is erased: already, or by this batch.
  const scrub = [...held, ...accepted.map((c) => c.event)].some((e) => e.type === 'customer.erased');
  const { refused, inserted } = await storeEvents(tx, device.storeCode, accepted.map((c) => c.event), oneByOne, scrub);
  for (const c of accepted) if (refused.has(c.event.id)) reject(c, refused.get(c.event.id)!);
  const stored = accepted.filter((c) => inserted.has(c.event.id)).map((c) => c.event);
  if (rejected.length) {
    await tx.query(
      `INSERT INTO rejected_events (device_id, seq, id, reason, body)
       SELECT device_id, seq, id, reason, body FROM jsonb_to_recordset($1::jsonb) AS x (device_id text, seq integer, id uuid, reason text, body jsonb)
       ON CONFLICT DO NOTHING`,
      [jsonParam(rejected)],
    );
  }
  await tx.query('UPDATE devices SET last_seq = $2, last_seen_at = now() WHERE id = $1', [device.id, lastSeq]);
  // Scrubbed contact is read back as stored; otherwise the cases fold from what is in hand.
  const folded = new Set(stored.map((e) => e.caseId));
  if (scrub) await refoldAndFlag(tx, device.storeCode, folded);
  else await foldAndFlag(tx, device.storeCode, eventsByCase([...held.filter((h) => folded.has(h.case_id)).map(eventFromRow), ...stored]));
  // The chain's and regions' roll-ups take the deltas committed so far, unless another push is at it.
  await applyRollupDeltas(tx);
  const seqs = checked.map((c) => c.seq);
  const sent = new Set(checked.map((c) => c.raw.id));
  const replays = checked.filter((c) => c.seq <= heldSeq);
  // Rejections of this batch's seqs held from before exist only where it replays some.
  const known = !rejected.length && !replays.length ? [] : await tx.query<Rejection>(
    'SELECT id::text AS id, seq, reason FROM rejected_events WHERE device_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq',
    [device.id, Math.min(...seqs), Math.max(...seqs)],
  );
  const conflicts = await replayConflicts(tx, device.id, replays);
  return { ackSeq: lastSeq, rejected: [...known.filter((k) => sent.has(k.id)), ...conflicts] };
}

/** SQLSTATE classes 22 (data exception) and 54 (program limit exceeded): a value the database cannot hold, on any retry. */
const isDataError = (e: unknown) => /^(22|54)/.test(String((e as { code?: unknown }).code));

/** Runs `fn`; when it fails, the transaction goes on as it was before. */
async function inSavepoint(tx: Queryable, fn: () => Promise<void>): Promise<void> {
  await tx.query('SAVEPOINT store_events');
  try {
    await fn();
    await tx.query('RELEASE SAVEPOINT store_events');
  } catch (e) {
    await tx.query('ROLLBACK TO SAVEPOINT store_events');
    throw e;
  }
}

/**
 * Stores the events; returns the ids inserted, and why, by event id, for those the database
 * refuses. Those are permanently invalid: failing the push would fail every push of the desk from
 * then on. The batch goes in one statement (a refusal fails the transaction, which ingest runs
 * again `oneByOne`); one by one, each in a savepoint, the refused ones are found.
 */
async function storeEvents(tx: Queryable, storeCode: string, events: DeskEvent[], oneByOne: boolean, scrub: boolean) {
  const refused = new Map<string, string>();
  if (!oneByOne) return { refused, inserted: await insertEvents(tx, storeCode, events, scrub) };
  const inserted = new Set<string>();
  for (const event of events) {
    try {
      await inSavepoint(tx, async () => {
        for (const id of await insertEvents(tx, storeCode, [event], scrub)) inserted.add(id);
      });
    } catch (e) {
      if (!isDataError(e)) throw e;
      refused.set(event.id, `head office cannot store it: ${(e as Error).message}`.slice(0, 500));
    }
  }
  return { refused, inserted };
}

/**
 * A "replay" whose seq head office holds under another event id is no replay: the desk reused
 * seqs (e.g. restored from an old backup). Skipping it silently would lose it, so it is named as
 * rejected and shown at the desk, where it stays safe.
 */
async function replayConflicts(tx: Queryable, deviceId: string, replays: Checked[]): Promise<Rejection[]> {
  if (!replays.length) return [];
  const seqs = replays.map((c) => c.seq);
  const held = await tx.query<{ seq: number; id: string }>(
    `SELECT seq, id::text AS id FROM events WHERE device_id = $1 AND seq BETWEEN $2 AND $3
     UNION ALL SELECT seq, id::text AS id FROM rejected_events WHERE device_id = $1 AND seq BETWEEN $2 AND $3`,
    [deviceId, Math.min(...seqs), Math.max(...seqs)],
  );
  const idAt = new Map(held.map((h) => [h.seq, h.id]));
  return replays
    .filter((c) => idAt.has(c.seq) && idAt.get(c.seq) !== c.raw.id)
    .map((c) => ({ id: c.raw.id, seq: c.seq, reason: `head office already holds another event as seq ${c.seq} of this desk (was the desk restored from an old backup?)` }));
}
