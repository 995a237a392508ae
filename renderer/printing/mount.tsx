import { extendShell } from '../shell/extensions.js';
import { PrinterScreen } from './PrinterScreen.js';
import { CasePrintPanel } from './CasePrintPanel.js';
import './printing.css';

// Picked up by renderer/main.tsx: the printer screen in the menu, the print panel on every case.
extendShell({
  screens: [{ id: 'printer', label: (t) => t('receipt:screen.title'), Screen: PrinterScreen }],
  casePanels: [{ id: 'print', Panel: CasePrintPanel }],
});
