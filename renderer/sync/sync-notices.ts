import type { SyncStatus } from '../../shared/api/sync.js';

/** A warning about the sync set-up, as a key of the sync catalog and its values. */
export type SyncNotice = { key: string; values?: Record<string, number> };

/** Past this, the desk's own timestamps and same-day rules drift from the rest of the store. */
const clockToleranceMs = 2 * 60_000;

/** Says when the OS does not protect the head-office token this desk holds. */
export function tokenNotice(status: SyncStatus): SyncNotice | null {
  return status.enrolled && !status.tokenProtectedByOs ? { key: 'sync:tokenUnprotected' } : null;
}

/** Tells staff to set the PC's clock when it is more than 2 minutes off head office's. */
export function clockNotice(status: SyncStatus): SyncNotice | null {
  const offset = status.clockOffsetMs;
  if (offset === null || Math.abs(offset) <= clockToleranceMs) return null;
  return { key: offset > 0 ? 'sync:clockBehind' : 'sync:clockAhead', values: { minutes: Math.round(Math.abs(offset) / 60_000) } };
}

/** Says how many events from head office need a newer version of the app; they are kept until it is updated. */
export function heldBackNotice(status: SyncStatus): SyncNotice | null {
  return status.heldBack > 0 ? { key: 'sync:heldBack.events', values: { count: status.heldBack } } : null;
}
