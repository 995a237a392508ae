import { v7 as uuidv7 } from 'uuid';
import type { StaffMember } from '../../../shared/api/staff.js';
import { DeskError } from '../../../shared/result.js';
import type { Staff, StaffRole } from '../../../shared/settings.js';
import type { Desk } from '../desk.js';
import { recordDeskChange } from '../settings/record-desk-change.js';

/**
 * What a manager does to the desk's staff. Each change is a `staff.changed` event on the person's
 * own stream, written with the change in one transaction, and synced to head office.
 */
const record = (m: { name: string; role: StaffRole; active: boolean }) => ({ name: m.name, role: m.role, active: m.active });

/** Managing staff is a manager's, as adding people always was ("a manager must approve: managing staff"). */
function requireStaffManager(desk: Desk) {
  if (desk.requireStaff().role !== 'manager') throw new DeskError('manager_required', {}, { approve: ['staff'] });
}

/** The desk must always keep an active manager: nobody else can manage its staff, printer or settings. */
function keepOneManager(desk: Desk, m: StaffMember, after: { role: StaffRole; active: boolean }) {
  const stopsManaging = m.role === 'manager' && m.active && (after.role !== 'manager' || !after.active);
  if (stopsManaging && desk.staff.otherActiveManagers(m.id) === 0) throw new DeskError('last_manager', {}, { fields: [after.active ? 'role' : 'active'] });
}

export async function addStaffMember(desk: Desk, name: string, role: StaffRole, pin: string): Promise<Staff> {
  requireStaffManager(desk);
  const key = await desk.staff.keyForNewPin(pin, role, 'pin');
  const id = uuidv7();
  recordDeskChange(desk, id, 'staff.changed', { change: 'added', after: { name, role, active: true } }, () => desk.staff.insertWithKey(id, name, role, key));
  return { id, name, role };
}

/** The signed-in manager changing themselves sees it at once (a demoted or deactivated manager loses the rights now). */
function refreshSignedIn(desk: Desk, m: StaffMember) {
  if (desk.signedIn?.id !== m.id) return;
  desk.signedIn = m.active ? { ...desk.signedIn, name: m.name, role: m.role } : null;
}

function change(desk: Desk, id: string, apply: (before: StaffMember) => { kind: 'updated' | 'deactivated' | 'reactivated'; after: StaffMember }): StaffMember {
  requireStaffManager(desk);
  const before = desk.staff.member(id);
  const { kind, after } = apply(before);
  if (after.name === before.name && after.role === before.role && after.active === before.active) return before;
  keepOneManager(desk, before, after);
  recordDeskChange(desk, id, 'staff.changed', { change: kind, before: record(before), after: record(after) }, () => desk.staff.update(id, after));
  const now = desk.staff.member(id);
  refreshSignedIn(desk, now);
  return now;
}

/**
 * A manager renames a person or changes their role. A clerk made manager on a short PIN signs in
 * and is asked for a longer one first (the sign-in rule for managers' PINs).
 */
export const updateStaffMember = (desk: Desk, id: string, name: string, role: StaffRole) =>
  change(desk, id, (before) => ({ kind: 'updated', after: { ...before, name, role } }));

/** A deactivated person can no longer sign in or approve; their name stays on every case. */
export const setStaffActive = (desk: Desk, id: string, active: boolean) =>
  change(desk, id, (before) => ({ kind: active ? 'reactivated' : 'deactivated', after: { ...before, active } }));

/** A manager gives a person a new PIN (they forgot theirs); the person must choose their own at their next sign-in. */
export async function resetStaffPin(desk: Desk, id: string, pin: string): Promise<StaffMember> {
  requireStaffManager(desk);
  const member = desk.staff.member(id);
  const key = await desk.staff.keyForNewPin(pin, member.role, 'pin', id);
  recordDeskChange(desk, id, 'staff.changed', { change: 'pin_reset', before: record(member), after: record(member) }, () => desk.staff.setResetPin(id, key));
  return desk.staff.member(id);
}
