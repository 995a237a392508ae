import { extendShell } from '../shell/extensions.js';
import { CustomerPromptPanel } from './CustomerPromptPanel.js';

// Picked up by renderer/main.tsx: on every case, the panel that asks the customer on their own screen.
extendShell({ casePanels: [{ id: 'customer-prompt', Panel: CustomerPromptPanel }] });
