import { create } from 'zustand';
import type { SyncStatus } from '../../shared/api/sync.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';

type SyncState = {
  status: SyncStatus | null;
  busy: boolean;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  set(status: SyncStatus | null): void;
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

const signedIn = () => !!useApp.getState().session?.staff;

/**
 * For the life of the window: keeps the status fresh (the engine syncs on its own) and syncs at
 * once when the operating system says the network is back. Only while someone is signed in: the
 * desk tells nobody else, and a refusal would send the sign-in screen to reload itself.
 */
export function watchSync(pollMs = 5_000): void {
  const { refresh, syncNow, set } = useSync.getState();
  useApp.subscribe((now, before) => {
    if (!!now.session?.staff === !!before.session?.staff) return;
    if (signedIn()) void refresh();
    else set(null);
  });
  setInterval(() => {
    if (signedIn()) void refresh();
  }, pollMs);
  window.addEventListener('online', () => {
    if (signedIn() && useSync.getState().status?.enrolled) void syncNow();
  });
  window.addEventListener('offline', () => {
    if (signedIn()) void refresh();
  });
}
