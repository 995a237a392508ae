import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { foldCase } from '../../../shared/domain/fold.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import type { DeskEventOf } from '../../../shared/domain/events.js';
import { claimDeadline } from '../../../shared/law/deadline.js';
import { lawDateSchema, noLawReference } from '../../../shared/law/reference.js';
import { lawVersionForClaim, lawVersionOn, lawVersions, type LawDate } from '../../../shared/law/versions.js';
import { daysOffIn } from '../../../shared/law/working-days.js';

describe('law versions by effective date', () => {
  it('UA: Law 1023-XII under martial law until head office sets the date of Law 3153-IX; from that day claims follow it', () => {
    expect(lawVersionOn('UA', '2030-01-01').id).toBe('ua-1023-xii-martial-law');
    const lawDates: LawDate[] = [{ country: 'UA', versionId: 'ua-3153-ix', effectiveFrom: '2027-02-23' }];
    const before = lawVersionForClaim('UA', '2027-02-22', undefined, lawDates);
    const after = lawVersionForClaim('UA', '2027-02-23', undefined, lawDates);
    expect([before.id, after.id]).toEqual(['ua-1023-xii-martial-law', 'ua-3153-ix']);
    // Art. 7: replacement within 14 days (1023-XII only gave repair its own period), public holidays days off again.
    expect(after.figures.claimPeriodByRemedy.replacement).toEqual({ days: 14 });
    expect([before.figures.holidaysAreDaysOff, after.figures.holidaysAreDaysOff]).toEqual([false, true]);
  });

  it('RU: the Rules of Resolution 657 from 1 Sep 2026, the Law\'s periods unchanged', () => {
    const before = lawVersionOn('RU', '2026-08-31');
    const after = lawVersionOn('RU', '2026-09-01');
    expect([before.id, after.id]).toEqual(['ru-2463', 'ru-657']);
    expect(after.figures.claimPeriodByRemedy).toEqual(before.figures.claimPeriodByRemedy);
    expect(after.citations.remedies).toContain('№ 657');
  });

  it('CZ and BG: laws on contracts apply by the day of the sale, whatever the filing day', () => {
    expect(lawVersionForClaim('CZ', '2026-03-01', '2023-01-05').figures.presumptionMonths).toBe(6);
    expect(lawVersionForClaim('CZ', '2026-03-01', '2023-01-06').figures.presumptionMonths).toBe(12);
    expect(lawVersionForClaim('CZ', '2026-03-01', undefined).id).toBe('cz-2023');
    expect(lawVersionForClaim('BG', '2026-03-01', '2021-12-31').id).toBe('bg-zzp');
    expect(lawVersionForClaim('BG', '2026-03-01', '2022-01-01').id).toBe('bg-zpcscupss');
    // A sale date after the filing (a typo) does not pick a law.
    expect(lawVersionForClaim('CZ', '2022-03-01', '2023-02-01').id).toBe('cz-2014');
  });

  it('BG: the one-month period is kept under the 2022 law, and marked as not confirmed from its text', () => {
    const v = lawVersionOn('BG', '2026-01-01');
    expect(v.figures.claimPeriod).toEqual({ months: 1 });
    expect(v.confirmed.claimPeriod).toBe(false);
    expect(lawVersionOn('BG', '2021-06-01').confirmed.claimPeriod).toBe(true);
  });

  it('every version says for each figure whether it is confirmed, and cites the last-day rule', () => {
    for (const v of lawVersions) {
      expect(Object.keys(v.confirmed).sort()).toEqual(Object.keys(v.figures).sort());
      expect(v.citations.lastDay).not.toBe('');
    }
  });

  it('head office may date only a version waiting for a date, of its own country', () => {
    expect(lawDateSchema.safeParse({ country: 'UA', versionId: 'ua-3153-ix', effectiveFrom: '2027-02-23' }).success).toBe(true);
    expect(lawDateSchema.safeParse({ country: 'RU', versionId: 'ru-657', effectiveFrom: '2027-02-23' }).success).toBe(false);
    expect(lawDateSchema.safeParse({ country: 'RU', versionId: 'ua-3153-ix', effectiveFrom: '2027-02-23' }).success).toBe(false);
    expect(lawDateSchema.safeParse({ country: 'UA', versionId: 'ua-3153-ix', effectiveFrom: '2027-02-30' }).success).toBe(false);
  });
});

describe('a case keeps the version it was filed under', () => {
  const opening = (wall: number, lawVersion?: string): DeskEventOf<'complaint.opened'> => ({
    id: uuidv7(), deviceId: 'd1', seq: 1, caseId: uuidv7(), type: 'complaint.opened', at: formatHlc({ wall, counter: 0 }, 'd1'), actor: 'staff-1',
    payload: { caseNo: 'MSK01-A-2026-00001', country: 'RU', kind: 'defect', remedy: 'repair', description: 'Kettle', ...(lawVersion ? { lawVersion } : {}) },
  });

  it('an event from before versions folds to the version in force on its day; a recorded one is kept', () => {
    expect(foldCase([opening(Date.parse('2026-08-31T12:00:00Z'))])!.lawVersion).toBe('ru-2463');
    expect(foldCase([opening(Date.parse('2026-09-01T12:00:00Z'))])!.lawVersion).toBe('ru-657');
    expect(foldCase([opening(Date.parse('2026-09-01T12:00:00Z'), 'ru-2463')])!.lawVersion).toBe('ru-2463');
  });

  it('its deadline counts the days off as they fall, so a UA claim under martial law ends on a holiday once peace is dated before it', () => {
    const filed = lawVersionOn('UA', '2027-02-22');
    const war = claimDeadline(filed.figures, '2027-02-22', 'repair', daysOffIn('UA', noLawReference)).dueDate;
    const peace = claimDeadline(filed.figures, '2027-02-22', 'repair', daysOffIn('UA', { calendar: [], lawDates: [{ country: 'UA', versionId: 'ua-1023-xii-after-martial-law', effectiveFrom: '2027-03-01' }] })).dueDate;
    // 8 March 2027 (Monday) is International Women's Day.
    expect([war, peace]).toEqual(['2027-03-08', '2027-03-09']);
  });
});
