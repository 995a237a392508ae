import { extendShell } from '../shell/extensions.js';
import { IdleLock, resumeAfterLock } from './IdleLock.js';
import './staff.css';

// Picked up by renderer/main.tsx: the idle lock runs while someone is signed in (it sits in the
// status bar, which shows exactly then); whoever it locked out goes back to their screen.
extendShell({ statusItems: [{ id: 'idle-lock', Item: IdleLock }] });
resumeAfterLock();
