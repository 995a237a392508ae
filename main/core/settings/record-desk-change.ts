import type { DeskEvent, EventPayload, EventType } from '../../../shared/domain/events.js';
import type { Desk } from '../desk.js';

/**
 * A change to the desk itself (its staff, the store's details) and its event, in one transaction:
 * the event syncs to head office like a case's. `streamId` is the person's id or the desk's own
 * stream; no fold opens a case from these events, so no case projection is touched.
 */
export function recordDeskChange<T extends EventType>(desk: Desk, streamId: string, type: T, payload: EventPayload<T>, change: () => void): DeskEvent {
  const actor = desk.requireStaff();
  try {
    return desk.db.transaction(() => {
      change();
      return desk.log.append(streamId, type, actor.id, payload).event;
    }).immediate();
  } catch (e) {
    desk.log.resync();
    throw e;
  }
}
