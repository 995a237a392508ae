import { useEffect } from 'react';
import { create } from 'zustand';
import { useApp, type View } from '../state/app-store.js';
import { usePreferences } from '../settings/preferences-store.js';
import { signOutKeepingDrafts } from '../state/drafts.js';
import { watchIdle } from './idle-timer.js';

/** Who was at the counter when it locked and where: the same person signing in goes back there. */
let lockedFrom: { staffId: string; view: View } | null = null;

/** After how many idle minutes the counter locked, for the sign-in screen to say why; null once someone signs in. */
export const useIdleLocked = create<{ minutes: number | null }>()(() => ({ minutes: null }));

/**
 * Locks the counter after the manager's idle minutes: the desk signs the person out (nothing works
 * without a PIN again) and the PIN screen shows; what they were typing stays in their draft. Lives
 * in the status bar, so it runs exactly while someone is signed in.
 */
export function IdleLock() {
  const minutes = usePreferences((s) => s.preferences.idleLockMinutes);
  const load = usePreferences((s) => s.load);
  useEffect(() => void load(), [load]);
  useEffect(() => watchIdle(window, minutes, () => void lock(minutes)), [minutes]);
  return null;
}

async function lock(minutes: number) {
  const { session, view, setSession } = useApp.getState();
  if (!session?.staff) return;
  lockedFrom = { staffId: session.staff.id, view };
  await signOutKeepingDrafts();
  useIdleLocked.setState({ minutes });
  setSession({ ...session, staff: null });
}

/**
 * After a sign-in: the person the counter locked on goes back to their screen; anyone else starts
 * at the case list (the sign-in screen sends them there), never on the first person's screen.
 */
export function resumeAfterLock() {
  return useApp.subscribe((now, before) => {
    const staff = now.session?.staff;
    if (!staff || before.session?.staff) return;
    useIdleLocked.setState({ minutes: null });
    if (!lockedFrom) return;
    const resume = lockedFrom.staffId === staff.id ? lockedFrom.view : null;
    lockedFrom = null;
    if (resume) now.go(resume);
  });
}
