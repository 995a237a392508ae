import { extendShell } from '../shell/extensions.js';
import { SyncStatusItem } from './SyncStatusItem.js';
import { SyncSection } from './SyncSection.js';
import { SetupSyncStep } from './SetupSyncStep.js';
import { watchSync } from './sync-store.js';
import './sync.css';

// Picked up by renderer/main.tsx: sync status in the status bar, head office in Settings and
// connecting to it as the first run's last step.
extendShell({
  statusItems: [{ id: 'sync', Item: SyncStatusItem }],
  settingsSections: [{ id: 'sync', Section: SyncSection }],
  setupSteps: [{ id: 'sync', Step: SetupSyncStep }],
});
watchSync();
