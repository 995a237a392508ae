import type { Session } from '../../../shared/api/cases.js';
import { DeskError } from '../../../shared/result.js';
import { managerPinLength, type DeskSetup, type Staff } from '../../../shared/settings.js';
import type { Desk } from '../desk.js';
import { daysOffAhead } from '../../../shared/law/working-days.js';
import { deskReasons } from '../settings/reason-codes.js';

export function session(desk: Desk): Session {
  const setup = desk.setup;
  // The days off of the next ~13 months: deadlines previewed in the browser move as the desk's will.
  const policy = setup ? { ...desk.policy(), daysOff: daysOffAhead(desk.law().isDayOff, desk.today(), 400), reasons: deskReasons(desk) } : null;
  return { setup, staff: desk.signedIn, policy, deviceId: desk.deviceId };
}

/**
 * First run: who this desk is, and its first manager (who is then signed in). The manager is
 * written to SQLite and the setup to the settings file; a crash between the two leaves staff from
 * an unfinished setup, which the next attempt replaces.
 */
export async function completeSetup(desk: Desk, setup: DeskSetup, manager: { name: string; pin: string }): Promise<Session> {
  if (desk.setup) throw new DeskError('already_set_up');
  const staff = await desk.staff.replaceAllWith(manager.name, manager.pin, 'manager.pin');
  desk.settings.set('setup', setup);
  desk.signedIn = staff;
  return session(desk);
}

/** A manager still on a PIN shorter than the rule (set before it) must change it before anything else. */
export async function signIn(desk: Desk, pin: string): Promise<Staff> {
  desk.requireSetup();
  const staff = await desk.staff.identify(pin);
  if (!staff) throw new DeskError('wrong_pin');
  desk.signedIn = staff.role === 'manager' && pin.length < managerPinLength ? { ...staff, pinChangeRequired: true } : staff;
  return desk.signedIn;
}

/** Everyone changes their own PIN, proving it with the current one. */
export async function changeOwnPin(desk: Desk, currentPin: string, newPin: string): Promise<Staff> {
  const me = desk.signedIn;
  if (!me) throw new DeskError('not_signed_in');
  await desk.staff.changePin(me, currentPin, newPin);
  desk.signedIn = { id: me.id, name: me.name, role: me.role };
  return desk.signedIn;
}
