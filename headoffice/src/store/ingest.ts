import type { z } from 'zod';
import { pushEnvelopeSchema, pushedEventSchema, type PushResponse, type Rejection } from '../../../shared/sync/protocol.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Database, Queryable } from '../db/database.js';
import type { Device } from './enrollment.js';
import { HeadOfficeError } from './errors.js';
import { idList, insertEvents, jsonParam, lockStore } from './event-store.js';
import { refoldCases } from './case-fold.js';

const openingTypes = new Set(['complaint.opened', 'return.recorded', 'exchange.recorded']);

const describe = (e: z.ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ').slice(0, 500);

/** The rejected event as sent, kept for head office staff; U+0000 (which jsonb refuses) replaced. */
const storable = (raw: unknown) => JSON.parse(JSON.stringify(raw).replaceAll('\\u0000', '\\ufffd')) as unknown;

type Checked = { seq: number; raw: Record<string, unknown> & { id: string; seq: number } } & ({ event: DeskEvent } | { reason: string });

/** Why an event can never be accepted, or the event itself. */
function check(raw: Checked['raw'], device: Device): Checked {
  if (raw.deviceId !== device.id) throw new HeadOfficeError(403, 'wrong_device', `Event ${raw.id} belongs to another device.`);
  const parsed = pushedEventSchema.safeParse(raw);
  if (!parsed.success) return { seq: raw.seq, raw, reason: describe(parsed.error) };
  const event = parsed.data as DeskEvent;
  // PostgreSQL text and jsonb cannot hold U+0000: such an event could never be stored.
  if (JSON.stringify(event).includes('\\u0000')) return { seq: raw.seq, raw, reason: 'contains a NUL character' };
  if (openingTypes.has(event.type) && !(event.payload as { caseNo: string }).caseNo.startsWith(`${device.storeCode}-`)) {
    throw new HeadOfficeError(403, 'wrong_store', `Event ${event.id} is for another store's case.`);
  }
  return { seq: raw.seq, raw, event };
}

/**
 * Stores a device's batch exactly once. In one transaction: replays (seq already covered) are
 * skipped, each next seq is stored or, if permanently invalid, recorded as rejected; the device's
 * highest contiguous seq moves with them. Events of another device or store refuse the whole
 * batch and change nothing.
 */
export async function ingest(db: Database, device: Device, body: unknown): Promise<Omit<PushResponse, 'serverTime'>> {
  const envelope = pushEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw new HeadOfficeError(400, 'malformed', `The batch is not valid: ${describe(envelope.error)}`);
  const checked = envelope.data.events.map((raw) => check(raw, device)).sort((a, b) => a.seq - b.seq);
  const caseIds = checked.flatMap((c) => ('event' in c ? [c.event.caseId] : []));

  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = $1 FOR UPDATE', [device.id]);
    await lockStore(tx, device.storeCode);
    const foreign = await tx.query(`SELECT 1 FROM events WHERE case_id IN ${idList} AND store_code <> $2 LIMIT 1`, [jsonParam(caseIds), device.storeCode]);
    if (foreign.length) throw new HeadOfficeError(403, 'wrong_store', "The batch touches another store's case.");

    const heldSeq = row!.last_seq;
    let lastSeq = heldSeq;
    const accepted: DeskEvent[] = [];
    const rejected: { device_id: string; seq: number; id: string; reason: string; body: unknown }[] = [];
    for (const c of checked) {
      if (c.seq <= lastSeq) continue; // a replay: already stored or rejected
      if (c.seq !== lastSeq + 1) break; // a gap: the desk resends from ackSeq + 1
      if ('event' in c) accepted.push(c.event);
      else rejected.push({ device_id: device.id, seq: c.seq, id: c.raw.id, reason: c.reason, body: storable(c.raw) });
      lastSeq = c.seq;
    }
    await insertEvents(tx, device.storeCode, accepted);
    if (rejected.length) {
      await tx.query(
        `INSERT INTO rejected_events (device_id, seq, id, reason, body)
         SELECT device_id, seq, id, reason, body FROM jsonb_to_recordset($1::jsonb) AS x (device_id text, seq integer, id uuid, reason text, body jsonb)
         ON CONFLICT DO NOTHING`,
        [jsonParam(rejected)],
      );
    }
    await tx.query('UPDATE devices SET last_seq = $2, last_seen_at = now() WHERE id = $1', [device.id, lastSeq]);
    await refoldCases(tx, device.storeCode, accepted.map((e) => e.caseId));
    const seqs = checked.map((c) => c.seq);
    const sent = new Set(checked.map((c) => c.raw.id));
    const known = await tx.query<Rejection>(
      'SELECT id::text AS id, seq, reason FROM rejected_events WHERE device_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq',
      [device.id, Math.min(...seqs), Math.max(...seqs)],
    );
    const conflicts = await replayConflicts(tx, device.id, checked.filter((c) => c.seq <= heldSeq));
    return { ackSeq: lastSeq, rejected: [...known.filter((k) => sent.has(k.id)), ...conflicts] };
  });
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
