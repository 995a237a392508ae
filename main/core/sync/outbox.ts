import type { DeskEvent } from '../../../shared/domain/events.js';
import type { PushResponse } from '../../../shared/sync/protocol.js';
import type { RejectedEvent } from '../../../shared/api/sync.js';
import { scalar } from '../db/sqlite.js';
import { eventFromRow, type EventRow } from '../db/event-log.js';
import type { Desk } from '../desk.js';

const metaValue = (desk: Desk, key: string) => scalar<string>(desk.db, 'SELECT value FROM meta WHERE key = ?', key) ?? '0';
export const setMeta = (desk: Desk, key: string, value: string | number) =>
  desk.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, String(value));

/**
 * This desk's events on their way to head office. Head office's acknowledged seq is the only
 * mark: everything above it waits, in seq order; rejected events are listed with the reason.
 */
export class Outbox {
  constructor(private readonly desk: Desk) {}

  ackSeq(): number {
    return Number(metaValue(this.desk, 'sync.ackSeq'));
  }

  /** The next events to send, in seq order, at most `maxEvents` and about `maxBytes` of JSON. */
  nextBatch(maxEvents: number, maxBytes: number): DeskEvent[] {
    const rows = this.desk.db
      .prepare('SELECT id, device_id, seq, case_id, type, at, actor, payload FROM events WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(this.desk.deviceId, this.ackSeq(), maxEvents) as EventRow[];
    const batch: DeskEvent[] = [];
    let bytes = 0;
    for (const r of rows) {
      bytes += r.payload.length + 300;
      if (batch.length && bytes > maxBytes) break;
      batch.push(eventFromRow(r));
    }
    return batch;
  }

  /** Records head office's answer; its seq is taken as is, so a head office that lost events gets them again. */
  acknowledge(res: PushResponse): void {
    const mark = this.desk.db.prepare('INSERT INTO sync_rejected (event_id, seq, reason, rejected_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
    this.desk.db.transaction(() => {
      setMeta(this.desk, 'sync.ackSeq', res.ackSeq);
      for (const r of res.rejected) mark.run(r.id, r.seq, r.reason, this.desk.now());
    }).immediate();
  }

  waiting(): number {
    return scalar<number>(this.desk.db, 'SELECT count(*) FROM events WHERE device_id = ? AND seq > ?', this.desk.deviceId, this.ackSeq()) ?? 0;
  }

  rejected(): RejectedEvent[] {
    return this.desk.db
      .prepare(`SELECT r.event_id AS eventId, r.seq AS seq, c.case_no AS caseNo, e.type AS type, r.reason AS reason, r.rejected_at AS rejectedAt
        FROM sync_rejected r LEFT JOIN events e ON e.id = r.event_id LEFT JOIN cases c ON c.id = e.case_id ORDER BY r.seq`)
      .all() as RejectedEvent[];
  }
}
