import { create } from 'zustand';
import type { SyncStatus } from '../../shared/api/sync.js';
import { desk } from '../desk.js';

type SyncState = {
  status: SyncStatus | null;
  busy: boolean;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  set(status: SyncStatus): void;
};

/** The desk's sync status as the status bar and the settings section show it. */
export const useSync = create<SyncState>((set, get) => ({
  status: null,
  busy: false,
  set: (status) => set({ status }),
  async refresh() {
    const r = await desk.syncStatus({});
    if (r.ok) set({ status: r.value });
  },
  async syncNow() {
    if (get().busy) return;
    set({ busy: true });
    const r = await desk.syncNow({});
    set({ busy: false });
    if (r.ok) set({ status: r.value });
    else await get().refresh();
  },
}));

/**
 * For the life of the window: keeps the status fresh (the engine syncs on its own) and syncs at
 * once when the operating system says the network is back.
 */
export function watchSync(pollMs = 5_000): void {
  const { refresh, syncNow } = useSync.getState();
  void refresh();
  setInterval(() => void refresh(), pollMs);
  window.addEventListener('online', () => {
    if (useSync.getState().status?.enrolled) void syncNow();
  });
  window.addEventListener('offline', () => void refresh());
}
