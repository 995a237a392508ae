import { v7 as uuidv7 } from 'uuid';
import { HybridClock } from '../../../shared/domain/hlc.js';
import { deskEventSchema, type DeskEvent, type EventPayload, type EventType } from '../../../shared/domain/events.js';
import { scalar, type Database } from './sqlite.js';
import { needsScrub, scrubContact } from '../privacy/scrub-contact.js';

type EventRow = { id: string; device_id: string; seq: number; case_id: string; type: string; at: string; actor: string; payload: string };

const fromRow = (r: EventRow) =>
  ({ id: r.id, deviceId: r.device_id, seq: r.seq, caseId: r.case_id, type: r.type, at: r.at, actor: r.actor, payload: JSON.parse(r.payload) }) as DeskEvent;

const columns = 'id, device_id, seq, case_id, type, at, actor, payload';

/**
 * The append-only log of this desk's and pulled events. Local events get the next per-device
 * seq and an HLC timestamp; callers run `append` inside the command's transaction.
 */
export class EventLog {
  private readonly clock: HybridClock;
  private nextSeq: number;
  private readonly insert;
  private readonly byCase;
  private readonly latestOfCase;

  constructor(
    private readonly db: Database,
    readonly deviceId: string,
    now: () => number = Date.now,
  ) {
    const lastAt = scalar<string>(db, 'SELECT max(at) FROM events') ?? null;
    this.clock = new HybridClock(deviceId, lastAt, now);
    this.nextSeq = (scalar<number>(db, 'SELECT max(seq) FROM events WHERE device_id = ?', deviceId) ?? 0) + 1;
    this.insert = db.prepare(`INSERT INTO events (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byCase = db.prepare(`SELECT ${columns} FROM events WHERE case_id = ? ORDER BY at, id`);
    this.latestOfCase = db.prepare('SELECT max(at) FROM events WHERE case_id = ?').raw();
  }

  /**
   * Appends a local event. Must run inside a transaction that also updates the projections. It is
   * stamped after the case's latest event, which a device with a clock ahead may have stamped beyond
   * this desk's clock: the fold sorts by timestamp, and a note must not sort before its case's opening.
   * `first`: the case had no event before this one.
   */
  append<T extends EventType>(caseId: string, type: T, actor: string, payload: EventPayload<T>): { event: DeskEvent; first: boolean } {
    const latest = (this.latestOfCase.get(caseId) as [string | null] | undefined)?.[0] ?? undefined;
    const event = deskEventSchema.parse({ id: uuidv7(), deviceId: this.deviceId, seq: this.nextSeq, caseId, type, at: this.clock.tick(latest), actor, payload }) as DeskEvent;
    this.insert.run(event.id, event.deviceId, event.seq, event.caseId, event.type, event.at, event.actor, JSON.stringify(event.payload));
    // A case's first event finds nothing erased: the hot path of recording skips the lookup.
    if (latest !== undefined) this.scrubIfErased(event);
    this.nextSeq += 1;
    return { event, first: latest === undefined };
  }

  /** Stores an event that came from elsewhere (head office, another desk); false when already known. */
  insertForeign(event: DeskEvent): boolean {
    this.clock.receive(event.at);
    const known = scalar<number>(this.db, 'SELECT 1 FROM events WHERE id = ?', event.id);
    if (known) return false;
    this.insert.run(event.id, event.deviceId, event.seq, event.caseId, event.type, event.at, event.actor, JSON.stringify(event.payload));
    this.scrubIfErased(event);
    return true;
  }

  /** An erased customer's contact leaves every stored event of the case, whoever erased it (privacy/scrub-contact.ts). */
  private scrubIfErased(event: DeskEvent) {
    if (needsScrub(this.db, event.caseId, event.type)) scrubContact(this.db, event.caseId);
  }

  /** Call when a transaction that appended events was rolled back, so seq numbers stay gapless. */
  resync(): void {
    this.nextSeq = (scalar<number>(this.db, 'SELECT max(seq) FROM events WHERE device_id = ?', this.deviceId) ?? 0) + 1;
  }

  eventsOf(caseId: string): DeskEvent[] {
    return (this.byCase.all(caseId) as EventRow[]).map(fromRow);
  }

  /** Every event in HLC order, page by page (projection rebuilds, sync). */
  all(pageSize = 5000): Generator<DeskEvent> {
    return allEvents(this.db, pageSize);
  }
}

/** Every stored event in HLC order, page by page; needs no clock, so a projection can rebuild before any command. */
export function* allEvents(db: Database, pageSize = 5000): Generator<DeskEvent> {
  const page = db.prepare(`SELECT ${columns} FROM events WHERE (at, id) > (?, ?) ORDER BY at, id LIMIT ?`);
  let after = ['', ''];
  for (;;) {
    const rows = page.all(after[0], after[1], pageSize) as EventRow[];
    for (const r of rows) yield fromRow(r);
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    after = [last.at, last.id];
  }
}

export { fromRow as eventFromRow, type EventRow };
