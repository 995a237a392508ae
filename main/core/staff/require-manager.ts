import { DeskError } from '../../../shared/result.js';
import type { Staff } from '../../../shared/settings.js';
import type { Desk } from '../desk.js';

/** The signed-in manager, for what only a manager does (desk settings, reports with refunds per staff). */
export function requireManager(desk: Desk): Staff {
  const staff = desk.requireStaff();
  if (staff.role !== 'manager') throw new DeskError('manager_only');
  return staff;
}
