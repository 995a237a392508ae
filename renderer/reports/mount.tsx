import { extendShell } from '../shell/extensions.js';
import { ReportsScreen } from './ReportsScreen.js';
import { DueComplaintsScreen } from './DueComplaintsScreen.js';
import { DueStatus, dueScreenId } from './DueStatus.js';
import './reports.css';

// Picked up by renderer/main.tsx: reports (refunds per staff member: a manager's), the complaints
// due (everyone's, F9) and their count in the status bar.
extendShell({
  screens: [
    { id: 'reports', label: (t) => t('reports:nav'), Screen: ReportsScreen, managerOnly: true },
    { id: dueScreenId, label: (t) => t('reports:due.title'), Screen: DueComplaintsScreen },
  ],
  statusItems: [{ id: 'due-complaints', Item: DueStatus }],
});
