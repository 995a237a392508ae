import { defaultIdleLockMinutes, deskPreferencesSchema, type DeskPreferences } from '../../../shared/api/staff.js';
import type { Desk } from '../desk.js';

const KEY = 'deskPreferences';
const defaults: DeskPreferences = { idleLockMinutes: defaultIdleLockMinutes, markedCopies: false };

/** The manager's choices for this desk: idle lock and marked receipt copies. A damaged file means the defaults. */
export function deskPreferences(desk: Desk): DeskPreferences {
  return desk.parsedSetting(KEY, (raw) => {
    const parsed = deskPreferencesSchema.safeParse(raw);
    return parsed.success ? parsed.data : defaults;
  });
}

export function saveDeskPreferences(desk: Desk, preferences: DeskPreferences): DeskPreferences {
  desk.settings.set(KEY, preferences);
  return deskPreferences(desk);
}
