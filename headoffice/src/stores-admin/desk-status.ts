import type { DeskStatus } from '../../../shared/sync/desk-status.js';
import type { Queryable } from '../db/database.js';

/**
 * A push or pull head office answered: when, and what the desk said with it (each value null when
 * it sent none or one that made no sense: the last good one stays). The clock offset is the
 * desk's clock minus head office's when the request arrived.
 */
export async function recordDeskSync(db: Queryable, deviceId: string, status: { [K in keyof DeskStatus]: DeskStatus[K] | null }, receivedAt: number): Promise<void> {
  await db.query(
    `UPDATE devices SET last_sync_at = now(), app_version = coalesce($2, app_version), events_waiting = coalesce($3, events_waiting),
       clock_offset_ms = coalesce($4, clock_offset_ms) WHERE id = $1`,
    [deviceId, status.appVersion, status.waiting, status.clock === null ? null : Math.round(status.clock - receivedAt)],
  );
}
