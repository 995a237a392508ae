import type { staffApi } from '../../../shared/api/staff.js';
import type { HandlersOf } from '../../../shared/api/method.js';
import type { Desk } from '../desk.js';
import { resetStaffPin, setStaffActive, updateStaffMember } from '../staff/staff-management.js';
import { requireManager } from '../staff/require-manager.js';
import { deskPreferences, saveDeskPreferences } from '../settings/desk-preferences.js';
import { saveStoreDetails } from '../settings/store-details.js';
import { saveStoreLogo, storeLogo } from '../settings/store-logo.js';
import { session } from './session.js';

/** Staff and the desk's own settings: everyone reads the preferences (the idle lock runs for all); a manager changes anything. */
export const staffHandlers = (desk: Desk): HandlersOf<typeof staffApi> => ({
  listStaffMembers: () => {
    requireManager(desk);
    return desk.staff.members();
  },
  updateStaffMember: ({ staffId, name, role }) => updateStaffMember(desk, staffId, name, role),
  resetStaffPin: ({ staffId, pin }) => resetStaffPin(desk, staffId, pin),
  setStaffActive: ({ staffId, active }) => setStaffActive(desk, staffId, active),
  getDeskPreferences: () => {
    desk.requireStaff();
    return deskPreferences(desk);
  },
  saveDeskPreferences: ({ preferences }) => {
    requireManager(desk);
    return saveDeskPreferences(desk, preferences);
  },
  getStoreLogo: () => {
    desk.requireStaff();
    return storeLogo(desk);
  },
  saveStoreLogo: ({ base64 }) => {
    requireManager(desk);
    return saveStoreLogo(desk, base64);
  },
  saveStoreDetails: ({ details, confirmCountryChange }) => {
    requireManager(desk);
    saveStoreDetails(desk, details, confirmCountryChange);
    return session(desk);
  },
});
