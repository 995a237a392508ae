import { z } from 'zod';
import { countrySchema, isoDateSchema } from '../domain/jurisdiction.js';
import { storableText } from '../domain/events.js';
import { lawVersions } from './versions.js';

/**
 * A day a government decree made a day off (a weekday) or a working day (a Saturday), in one
 * country: BG and RU move days every year. Head office keeps them; desks pull them.
 */
export const calendarEntrySchema = z.object({
  country: countrySchema,
  date: isoDateSchema,
  kind: z.enum(['day_off', 'working_day']),
  note: z.string().trim().max(200).refine(...storableText),
}).strict();
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

/** Only versions that wait for a date may be given one by head office. */
const datedByHeadOffice = new Set(lawVersions.filter((v) => v.effectiveFrom === null).map((v) => `${v.country}:${v.id}`));

export const lawDateSchema = z.object({
  country: countrySchema,
  versionId: z.string().min(1).max(64),
  effectiveFrom: isoDateSchema,
}).strict().refine((d) => datedByHeadOffice.has(`${d.country}:${d.versionId}`), { message: 'not a version of that country waiting for a date', path: ['versionId'] });

/** Head office's law reference data: decree transfers and the dates of laws that wait for one. */
export const lawReferenceSchema = z.object({
  calendar: z.array(calendarEntrySchema).max(5000),
  lawDates: z.array(lawDateSchema).max(100),
});
export type LawReference = z.infer<typeof lawReferenceSchema>;
export const noLawReference: LawReference = { calendar: [], lawDates: [] };
