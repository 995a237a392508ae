import type { syncApi } from '../../../shared/api/sync.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import type { SyncEngine } from '../sync/sync-engine.js';

/** For signed-in staff only: the status names head office and what it refused. */
export const syncHandlers = (desk: Desk, sync: SyncEngine): HandlersOf<typeof syncApi> => ({
  syncStatus: () => {
    desk.requireStaff();
    return sync.getStatus();
  },
  syncNow: () => {
    desk.requireStaff();
    if (!sync.getStatus().enrolled) throw new DeskError('not_enrolled');
    return sync.syncNow();
  },
  enroll: ({ url, code }) => {
    if (desk.requireStaff().role !== 'manager') throw new DeskError('manager_required', {}, { approve: ['enroll'] });
    return sync.enroll(url, code);
  },
});
