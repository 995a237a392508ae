import type { Country } from '../domain/jurisdiction.js';
import type { Remedy } from '../domain/events.js';
import type { Period } from './period.js';

/** What a law says that the desk applies. */
export type LawFigures = {
  /** Time to settle a claim, by requested remedy where the law distinguishes. */
  claimPeriod: Period;
  claimPeriodByRemedy: Partial<Record<Remedy, Period>>;
  /** The legal guarantee (time to claim a defect), in months from delivery. */
  guaranteeMonths: number;
  /** A defect that shows within this many months is presumed to have been there at delivery. */
  presumptionMonths: number;
  /** What the consumer may ask for first, by their own choice; the rest only when those fail. */
  remediesFirst: Remedy[];
  /** The last day of a period moves to the next working day when it is a day off (the civil code's rule). */
  lastDayMovesToWorkingDay: boolean;
  /** Public holidays count as days off for that rule (not so in UA under martial law). */
  holidaysAreDaysOff: boolean;
};

export type LawVersion = {
  id: string;
  country: Country;
  /**
   * The first day the version applies, or null while it waits for a date head office sets
   * (`law set-date`): UA 3153-IX takes effect only after martial law ends.
   */
  effectiveFrom: string | null;
  /** What picks the version for a claim: the day the goods were sold (a law for contracts made from its date) or the day the claim is filed. */
  appliesBy: 'sale' | 'filing';
  figures: LawFigures;
  /** Per figure: as the cited statute's text says (true), or from secondary sources and still to be checked against it (false). */
  confirmed: Record<keyof LawFigures, boolean>;
  citations: Record<'claim' | 'guarantee' | 'presumption' | 'remedies' | 'lastDay' | 'holidays' | 'returns', string>;
  /** What changed for a returns desk against the version before, when something did. */
  note?: string;
};

const allConfirmed: LawVersion['confirmed'] = {
  claimPeriod: true, claimPeriodByRemedy: true, guaranteeMonths: true, presumptionMonths: true,
  remediesFirst: true, lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
};

const cz = {
  lastDay: '§605–§607 zák. 89/2012 Sb.',
  holidays: 'zák. 245/2000 Sb.',
  returns: 'obchodní podmínky prodejce',
};
const bg = {
  lastDay: 'чл. 72 ЗЗД',
  holidays: 'чл. 154 КТ; РМС за преместване на почивни дни',
  returns: 'политика на търговеца',
};
const ua = {
  lastDay: 'ст. 253–255 ЦК України',
  returns: 'ст. 9 ЗУ «Про захист прав споживачів»',
};
const ru = {
  claim: 'ст. 20–22 Закона РФ «О защите прав потребителей»',
  guarantee: 'ст. 19 Закона РФ «О защите прав потребителей»',
  lastDay: 'ст. 191–193 ГК РФ',
  holidays: 'ст. 112 ТК РФ; постановления Правительства РФ о переносе выходных дней',
  returns: 'ст. 25 Закона РФ «О защите прав потребителей»',
};
const ruFigures: LawFigures = {
  claimPeriod: { days: 10 },
  claimPeriodByRemedy: { refund: { days: 10 }, price_reduction: { days: 10 }, withdrawal: { days: 10 }, replacement: { days: 7 }, repair: { days: 45 } },
  guaranteeMonths: 24, presumptionMonths: 24, remediesFirst: ['repair', 'replacement', 'price_reduction', 'refund', 'withdrawal'],
  lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
};
const uaFigures: LawFigures = {
  claimPeriod: { days: 14 }, claimPeriodByRemedy: { repair: { days: 14 } },
  guaranteeMonths: 24, presumptionMonths: 24, remediesFirst: ['repair', 'replacement', 'price_reduction', 'refund', 'withdrawal'],
  lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
};
const uaCitations = {
  claim: 'ст. 8 ЗУ «Про захист прав споживачів» № 1023-XII',
  guarantee: 'ст. 8 ЗУ «Про захист прав споживачів» № 1023-XII',
  presumption: 'ст. 8 ЗУ «Про захист прав споживачів» № 1023-XII',
  remedies: 'ст. 8 ЗУ «Про захист прав споживачів» № 1023-XII',
  lastDay: ua.lastDay,
  holidays: 'ст. 73 КЗпП України',
  returns: ua.returns,
};

/**
 * Every country's consumer-law versions, oldest first. A claim is judged by the version in force
 * on its sale or filing day (`appliesBy`) and keeps it when the law changes.
 */
export const lawVersions: readonly LawVersion[] = [
  {
    id: 'cz-2014', country: 'CZ', effectiveFrom: '2014-01-01', appliesBy: 'sale',
    figures: {
      claimPeriod: { days: 30 }, claimPeriodByRemedy: {}, guaranteeMonths: 24, presumptionMonths: 6,
      remediesFirst: ['repair', 'replacement', 'price_reduction', 'withdrawal'], lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
    },
    confirmed: allConfirmed,
    citations: {
      claim: '§19 odst. 3 zák. 634/1992 Sb.', guarantee: '§2165 zák. 89/2012 Sb.', presumption: '§2161 zák. 89/2012 Sb. (ve znění do 5. 1. 2023)',
      remedies: '§2169 zák. 89/2012 Sb. (ve znění do 5. 1. 2023)', ...cz,
    },
  },
  {
    id: 'cz-2023', country: 'CZ', effectiveFrom: '2023-01-06', appliesBy: 'sale',
    figures: {
      claimPeriod: { days: 30 }, claimPeriodByRemedy: {}, guaranteeMonths: 24, presumptionMonths: 12,
      remediesFirst: ['repair', 'replacement'], lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
    },
    confirmed: allConfirmed,
    citations: {
      claim: '§2173 zák. 89/2012 Sb.; §19 odst. 3 zák. 634/1992 Sb.', guarantee: '§2165 zák. 89/2012 Sb.',
      presumption: '§2161 odst. 5 zák. 89/2012 Sb. (zák. 374/2022 Sb.)', remedies: '§2169 zák. 89/2012 Sb. (zák. 374/2022 Sb.)', ...cz,
    },
    note: 'Defects showing within 1 year are presumed (was 6 months); the consumer first chooses repair or replacement, price reduction or withdrawal only when that fails. For contracts made from 6 Jan 2023.',
  },
  {
    id: 'bg-zzp', country: 'BG', effectiveFrom: '2006-06-10', appliesBy: 'sale',
    figures: {
      claimPeriod: { months: 1 }, claimPeriodByRemedy: {}, guaranteeMonths: 24, presumptionMonths: 6,
      remediesFirst: ['repair', 'replacement'], lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
    },
    // чл. 112, 113 ал. 2 and 115 ал. 1 ЗЗП checked against their text; the presumption's article was not.
    confirmed: { ...allConfirmed, presumptionMonths: false },
    citations: {
      claim: 'чл. 113, ал. 2 ЗЗП', guarantee: 'чл. 115 ЗЗП', presumption: 'чл. 108 ЗЗП', remedies: 'чл. 112–114 ЗЗП', ...bg,
    },
  },
  {
    id: 'bg-zpcscupss', country: 'BG', effectiveFrom: '2022-01-01', appliesBy: 'sale',
    figures: {
      claimPeriod: { months: 1 }, claimPeriodByRemedy: {}, guaranteeMonths: 24, presumptionMonths: 12,
      remediesFirst: ['repair', 'replacement'], lastDayMovesToWorkingDay: true, holidaysAreDaysOff: true,
    },
    // The one-month period is kept from чл. 113 ЗЗП until the new law's own text is checked; its article numbers are too.
    confirmed: { ...allConfirmed, claimPeriod: false, presumptionMonths: false, remediesFirst: false, guaranteeMonths: false },
    citations: {
      claim: 'ЗПЦСЦУПС; срок: чл. 113, ал. 2 ЗЗП',
      guarantee: 'ЗПЦСЦУПС, гл. III (продажба на стоки)',
      presumption: 'ЗПЦСЦУПС, гл. III; чл. 11 Директива (ЕС) 2019/771',
      remedies: 'ЗПЦСЦУПС, гл. III: привеждане в съответствие (ремонт или замяна), после намаляване на цената или разваляне; чл. 13 Директива (ЕС) 2019/771',
      ...bg,
    },
    note: 'Goods sold from 1 Jan 2022: the sale-of-goods law (Directive 2019/771). Repair or replacement first at the consumer\'s choice, then price reduction or termination; presumption 1 year.',
  },
  {
    id: 'ua-1023-xii', country: 'UA', effectiveFrom: '1991-05-12', appliesBy: 'filing',
    figures: uaFigures,
    confirmed: { ...allConfirmed, presumptionMonths: false },
    citations: uaCitations,
  },
  {
    id: 'ua-1023-xii-martial-law', country: 'UA', effectiveFrom: '2022-03-24', appliesBy: 'filing',
    figures: { ...uaFigures, holidaysAreDaysOff: false },
    confirmed: { ...allConfirmed, presumptionMonths: false },
    citations: { ...uaCitations, holidays: 'ч. 6 ст. 6 Закону № 2136-IX: ст. 73 КЗпП не застосовується під час воєнного стану' },
    note: 'Under martial law public holidays are working days (Law 2136-IX art. 6 part 6): only Saturdays and Sundays move a last day.',
  },
  {
    // Holidays are days off again from the day after martial law ends: head office sets that date.
    id: 'ua-1023-xii-after-martial-law', country: 'UA', effectiveFrom: null, appliesBy: 'filing',
    figures: uaFigures,
    confirmed: { ...allConfirmed, presumptionMonths: false },
    citations: uaCitations,
  },
  {
    id: 'ua-3153-ix', country: 'UA', effectiveFrom: null, appliesBy: 'filing',
    figures: { ...uaFigures, claimPeriodByRemedy: { repair: { days: 14 }, replacement: { days: 14 } } },
    // Art. 7's 14 days for repair and replacement are from secondary sources; the law's text is still to be checked.
    confirmed: { ...allConfirmed, presumptionMonths: false, claimPeriodByRemedy: false },
    citations: {
      ...uaCitations,
      claim: 'ст. 7 ЗУ «Про захист прав споживачів» № 3153-IX', guarantee: 'ЗУ «Про захист прав споживачів» № 3153-IX',
      presumption: 'ЗУ «Про захист прав споживачів» № 3153-IX', remedies: 'ст. 7 ЗУ «Про захист прав споживачів» № 3153-IX',
    },
    note: 'In force only after martial law ends (head office sets the date): warranty repair or replacement within 14 days (art. 7).',
  },
  {
    id: 'ru-2463', country: 'RU', effectiveFrom: '2021-01-01', appliesBy: 'filing',
    figures: ruFigures,
    // The Law has no fixed presumption period: within the guarantee the seller proves the defect came later (п. 6 ст. 18).
    confirmed: { ...allConfirmed, presumptionMonths: false },
    citations: {
      ...ru, presumption: 'п. 6 ст. 18 Закона РФ «О защите прав потребителей»', remedies: 'п. 1 ст. 18 Закона РФ «О защите прав потребителей»; Правила продажи, утв. ПП РФ № 2463',
    },
  },
  {
    id: 'ru-657', country: 'RU', effectiveFrom: '2026-09-01', appliesBy: 'filing',
    figures: ruFigures,
    // The periods are the Law's (unchanged); the Rules' date and content are from secondary sources.
    confirmed: { ...allConfirmed, remediesFirst: false, presumptionMonths: false },
    citations: {
      ...ru, presumption: 'п. 6 ст. 18 Закона РФ «О защите прав потребителей»', remedies: 'п. 1 ст. 18 Закона РФ «О защите прав потребителей»; Правила продажи, утв. ПП РФ от 30.05.2026 № 657',
    },
    note: 'Rules of sale of Resolution 657 replace those of 2463 from 1 Sep 2026: a claim may also come by the MAX messenger (the seller shows a QR code) and is answered the way the consumer chose; the periods stay those of the Law (arts. 20–22).',
  },
];

/** Effective dates head office sets for versions that wait for one. */
export type LawDate = { country: Country; versionId: string; effectiveFrom: string };

export function lawVersionById(id: string): LawVersion | undefined {
  return lawVersions.find((v) => v.id === id);
}

const effectiveFrom = (v: LawVersion, lawDates: readonly LawDate[]) =>
  lawDates.find((d) => d.versionId === v.id && d.country === v.country)?.effectiveFrom ?? v.effectiveFrom;

/**
 * The version of the country's law in force on `day`: the one with the latest date on or before
 * it. Head office's dates fill in (or correct) a version's date.
 */
export function lawVersionOn(country: Country, day: string, lawDates: readonly LawDate[] = []): LawVersion {
  let found: LawVersion | undefined;
  let foundFrom = '';
  for (const v of lawVersions) {
    const from = v.country === country ? effectiveFrom(v, lawDates) : null;
    if (from !== null && from <= day && from >= foundFrom) [found, foundFrom] = [v, from];
  }
  // A day before the oldest version known (a typo, a very old sale): the oldest version.
  return found ?? lawVersions.find((v) => v.country === country)!;
}

/** The version a claim is judged by: its sale's day for laws on contracts, else the filing day. */
export function lawVersionForClaim(country: Country, filedOn: string, soldOn: string | undefined, lawDates: readonly LawDate[] = []): LawVersion {
  const byFiling = lawVersionOn(country, filedOn, lawDates);
  return byFiling.appliesBy === 'sale' && soldOn && soldOn <= filedOn ? lawVersionOn(country, soldOn, lawDates) : byFiling;
}
