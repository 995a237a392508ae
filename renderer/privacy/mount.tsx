import { extendShell } from '../shell/extensions.js';
import { CustomerDataScreen } from './CustomerDataScreen.js';
import './privacy.css';

// Picked up by renderer/main.tsx: a manager's screen for a customer's request about their data.
extendShell({ screens: [{ id: 'customer-data', label: (t) => t('privacy:menu'), Screen: CustomerDataScreen, managerOnly: true }] });
