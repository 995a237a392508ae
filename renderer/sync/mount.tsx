import { extendShell } from '../shell/extensions.js';
import { SyncStatusItem } from './SyncStatusItem.js';
import { SyncSection } from './SyncSection.js';
import { watchSync } from './sync-store.js';
import './sync.css';

// Picked up by renderer/main.tsx: sync status in the status bar, head office in Settings.
extendShell({
  statusItems: [{ id: 'sync', Item: SyncStatusItem }],
  settingsSections: [{ id: 'sync', Section: SyncSection }],
});
watchSync();
