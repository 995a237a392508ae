import { create } from 'zustand';
import type { Session } from '../../shared/api/cases.js';
import type { Staff } from '../../shared/settings.js';

/** Where the clerk is: a plain value, so any screen can send them anywhere. */
export type View =
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'complaint' }
  | { name: 'return' }
  | { name: 'exchange' }
  | { name: 'staff' }
  | { name: 'settings' }
  /** A screen mounted by another area (printing, sync) through renderer/shell/extensions.ts. */
  | { name: 'extension'; id: string };

type AppState = {
  session: Session | null;
  /** Staff names by id, for history lines and approvals. */
  staffNames: Record<string, string>;
  view: View;
  /** The last success, shown once at the top ("Saved as PRG01-A-2026-00042"). */
  flash: string | null;
  setSession(session: Session): void;
  setStaff(staff: Staff[]): void;
  go(view: View, flash?: string): void;
  clearFlash(): void;
};

export const useApp = create<AppState>()((set) => ({
  session: null,
  staffNames: {},
  view: { name: 'cases' },
  flash: null,
  setSession: (session) => set({ session }),
  setStaff: (staff) => set({ staffNames: Object.fromEntries(staff.map((s) => [s.id, s.name])) }),
  go: (view, flash) => set({ view, flash: flash ?? null }),
  clearFlash: () => set({ flash: null }),
}));
