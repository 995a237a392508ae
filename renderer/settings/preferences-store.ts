import { create } from 'zustand';
import { defaultIdleLockMinutes, type DeskPreferences } from '../../shared/api/staff.js';
import { desk } from '../desk.js';

type PreferencesState = { preferences: DeskPreferences; load(): Promise<void>; loaded(p: DeskPreferences): void };

/** The manager's choices for this desk as the screens use them (the idle lock reads its minutes here). */
export const usePreferences = create<PreferencesState>()((set) => ({
  preferences: { idleLockMinutes: defaultIdleLockMinutes, markedCopies: false },
  load: async () => {
    const r = await desk.getDeskPreferences({});
    if (r.ok) set({ preferences: r.value });
  },
  loaded: (preferences) => set({ preferences }),
}));
