import type { Session } from '../../../shared/api/cases.js';
import { DeskError } from '../../../shared/result.js';
import type { DeskSetup, Staff, StaffRole } from '../../../shared/settings.js';
import type { Desk } from '../desk.js';

export function session(desk: Desk): Session {
  const setup = desk.setup;
  return { setup, staff: desk.signedIn, policy: setup ? desk.policy() : null, deviceId: desk.deviceId };
}

/**
 * First run: who this desk is, and its first manager (who is then signed in). The manager is
 * written to SQLite and the setup to the settings file; a crash between the two leaves staff from
 * an unfinished setup, which the next attempt replaces.
 */
export function completeSetup(desk: Desk, setup: DeskSetup, manager: { name: string; pin: string }): Session {
  if (desk.setup) throw new DeskError('already_set_up');
  desk.signedIn = desk.db.transaction(() => {
    desk.db.exec('DELETE FROM staff');
    return desk.staff.add(manager.name, 'manager', manager.pin);
  })();
  desk.settings.set('setup', setup);
  return session(desk);
}

export function signIn(desk: Desk, pin: string): Staff {
  desk.requireSetup();
  const staff = desk.staff.identify(pin);
  if (!staff) throw new DeskError('wrong_pin');
  desk.signedIn = staff;
  return staff;
}

export function addStaff(desk: Desk, name: string, role: StaffRole, pin: string): Staff {
  if (desk.requireStaff().role !== 'manager') throw new DeskError('manager_required', {}, { approve: ['staff'] });
  return desk.staff.add(name, role, pin);
}
