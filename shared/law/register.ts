import type { TFunction } from 'i18next';
import type { CaseState } from '../domain/case-state.js';
import type { Remedy } from '../domain/events.js';
import { hlcWallMs } from '../domain/hlc.js';

/**
 * The BG complaints register (ЗЗП чл. 127, ал. 2–3): every complaint of a store, as the consumer
 * protection commission's sample register lists it. Desks and head office build it from the same
 * folded cases with these functions, so both show the same numbers.
 */
export type RegisterEntry = {
  /** The entry's number in its desk's register of the year: `A-2026/7`, no gaps (see `complaintsRegister`). */
  no: string;
  caseNo: string;
  caseId: string;
  /** HLC of the filing: the order of the store's register. */
  filedAt: string;
  filedOn: string;
  consumer: string;
  goods: string;
  defect: string;
  remedy: Remedy;
  outcome?: { outcome: 'accepted' | 'partly' | 'rejected'; method?: Remedy; reason?: string; on: string };
};

/** Dates in the register are the store's: a claim lodged at 00:30 in Sofia is on that day, not the UTC one before. */
const sofiaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit', day: '2-digit' });
export const registerDay = (hlc: string) => sofiaDay.format(new Date(hlcWallMs(hlc)));

/** `SOF01-A-2026-00042` -> desk `A`, year `2026`, number 42. */
function caseNoParts(caseNo: string) {
  const [, desk = '', year = '', n = '0'] = caseNo.split('-');
  return { desk, year, n: Number(n) };
}

/**
 * The store's register from its cases (any order, any types): claims about faulty goods (`defect`
 * complaints; a complaint about the service or a suggestion is no рекламация) in filing order.
 * Case numbers run per desk and year over returns and exchanges too, so an entry's number is its
 * rank among its desk's claims of the year, in case-number order: gapless, assigned offline
 * (a desk alone files its own complaints and never loses one), and the same wherever it is
 * computed from the same desk's complaints.
 */
export function complaintsRegister(cases: readonly CaseState[]): RegisterEntry[] {
  const complaints = cases.filter((c) => c.type === 'complaint' && c.complaint?.kind === 'defect')
    .map((c) => ({ c, ...caseNoParts(c.caseNo) }))
    .sort((a, b) => (a.desk === b.desk ? (a.year === b.year ? a.n - b.n : a.year < b.year ? -1 : 1) : a.desk < b.desk ? -1 : 1));
  const ranks = new Map<string, number>();
  const entries = complaints.map(({ c, desk, year }) => {
    const key = `${desk}-${year}`;
    const rank = (ranks.get(key) ?? 0) + 1;
    ranks.set(key, rank);
    return entryOf(c, `${key}/${rank}`);
  });
  return entries.sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : a.caseNo < b.caseNo ? -1 : 1));
}

function entryOf(c: CaseState, no: string): RegisterEntry {
  const complaint = c.complaint!;
  const product = complaint.product;
  const r = complaint.resolution;
  return {
    no,
    caseNo: c.caseNo,
    caseId: c.id,
    filedAt: c.openedAt,
    filedOn: registerDay(c.openedAt),
    consumer: [c.customer?.name, c.customer?.phone, c.customer?.email].filter(Boolean).join(', '),
    goods: [product?.name, product?.serial].filter(Boolean).join(', '),
    defect: complaint.description,
    remedy: complaint.remedy,
    ...(r ? { outcome: { outcome: r.outcome, method: r.method, reason: r.reason, on: registerDay(r.at) } } : {}),
  };
}

/** The register as a table of texts in one language: the one layout of the screen, the PDF and the CSV. */
export type RegisterTable = { title: string; citation: string; columns: string[]; rows: string[][] };

export const registerColumns = ['no', 'filedOn', 'consumer', 'goods', 'defect', 'remedy', 'outcome', 'outcomeOn', 'caseNo'] as const;

export function registerTable(entries: readonly RegisterEntry[], store: { name: string; code: string }, year: number, t: TFunction): RegisterTable {
  const outcome = (e: RegisterEntry) => {
    if (!e.outcome) return t('register:pending');
    const parts = [t(`terms:outcome.${e.outcome.outcome}`), e.outcome.method && t(`terms:remedy.${e.outcome.method}`), e.outcome.reason];
    return parts.filter(Boolean).join(': ');
  };
  return {
    title: t('register:title', { store: `${store.name} (${store.code})`, year }),
    citation: t('register:citation'),
    columns: registerColumns.map((c) => t(`register:column.${c}`)),
    rows: entries.map((e) => [e.no, e.filedOn, e.consumer, e.goods, e.defect, t(`terms:remedy.${e.remedy}`), outcome(e), e.outcome?.on ?? '', e.caseNo]),
  };
}
