import type { Remedy } from '../domain/events.js';
import { addPeriod, nextDay, type Period } from './period.js';
import type { LawFigures } from './versions.js';
import type { IsDayOff } from './working-days.js';

export type Deadline = { dueDate: string; period: Period; /** The last day was a day off and moved to the next working day. */ moved: boolean };

/** The period the law gives to settle a claim for this remedy. */
export const claimPeriodFor = (figures: Pick<LawFigures, 'claimPeriod' | 'claimPeriodByRemedy'>, remedy: Remedy): Period =>
  figures.claimPeriodByRemedy[remedy] ?? figures.claimPeriod;

/**
 * The last day to settle a claim lodged on `filedOn`, as the country's civil code counts: from the
 * next day, in the law's unit (see `addPeriod`); a last day that is a day off moves to the next
 * working day where the law says so.
 */
export function claimDeadline(
  figures: Pick<LawFigures, 'claimPeriod' | 'claimPeriodByRemedy' | 'lastDayMovesToWorkingDay'>,
  filedOn: string,
  remedy: Remedy,
  isDayOff: IsDayOff,
): Deadline {
  const period = claimPeriodFor(figures, remedy);
  const last = addPeriod(filedOn, period);
  let dueDate = last;
  if (figures.lastDayMovesToWorkingDay) while (isDayOff(dueDate)) dueDate = nextDay(dueDate);
  return { dueDate, period, moved: dueDate !== last };
}
