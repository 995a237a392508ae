import { create } from 'zustand';
import type { DueComplaints } from '../../shared/api/reports.js';
import { desk } from '../desk.js';

type DueState = { due: DueComplaints | null; refresh(): Promise<DueComplaints | null> };

/** Open complaints past or near their statutory deadline, as the status bar and the F9 list show them. */
export const useDue = create<DueState>()((set) => ({
  due: null,
  refresh: async () => {
    const r = await desk.dueComplaints({});
    const due = r.ok ? r.value : null;
    set({ due });
    return due;
  },
}));
