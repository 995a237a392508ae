import { extendShell } from '../shell/extensions.js';
import { RegisterScreen } from './RegisterScreen.js';
import { HandDocumentsPanel } from './HandDocumentsPanel.js';
import './register.css';

// Picked up by renderer/main.tsx: the complaints register in the menu of BG stores (ZZP art. 127),
// and on every complaint the documents the law says the customer is handed.
extendShell({
  screens: [{ id: 'register', label: (t) => t('register:menu'), Screen: RegisterScreen, shownTo: (session) => session?.setup?.country === 'BG' }],
  casePanels: [{ id: 'hand-documents', Panel: HandDocumentsPanel }],
});
