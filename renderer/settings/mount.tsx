import { extendShell } from '../shell/extensions.js';
import { StoreDetailsSection } from './StoreDetailsSection.js';
import { DeskPreferencesSection } from './DeskPreferencesSection.js';
import { StoreLogoSection } from './StoreLogoSection.js';
import './settings.css';

// Picked up by renderer/main.tsx: the store's details and the desk's preferences in Settings.
extendShell({
  settingsSections: [
    { id: 'store-details', Section: StoreDetailsSection },
    { id: 'store-logo', Section: StoreLogoSection },
    { id: 'desk-preferences', Section: DeskPreferencesSection },
  ],
});
