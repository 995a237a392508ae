import type { TFunction } from 'i18next';
import type { CaseState } from '../domain/case-state.js';
import type { ComplaintKind, Remedy } from '../domain/events.js';
import { hlcWallMs } from '../domain/hlc.js';

/**
 * The BG complaints register (ЗЗП чл. 127, ал. 2–3): every complaint of a store, as the consumer
 * protection commission's sample register lists it. Desks and head office build it from the same
 * folded cases with these functions, so both show the same numbers.
 */
export type RegisterEntry = {
  /**
   * The entry's number (`SOF01-A-2026-R0007`, see `registerNoOf`), the one the customer's
   * confirmation prints. Each desk assigns it offline at filing, gapless per desk and year.
   */
  no: string;
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

/** A claim about faulty goods is a рекламация: a complaint about the service or a suggestion is no entry. */
export const entersRegister = (kind: ComplaintKind) => kind === 'defect';

/**
 * A claim's register number: the one its filing assigned; a claim filed before register numbers
 * existed (no `registerNo`) keeps its case number, which its confirmation printed as the register number.
 */
export const registerNoOf = (c: CaseState) => c.complaint?.registerNo ?? c.caseNo;

/**
 * The store's register from its cases (any order, any types): the claims about faulty goods
 * (`defect` complaints; a complaint about the service or a suggestion is no рекламация), every
 * desk's, in filing order. The same claims give the same register at every desk and head office.
 */
export function complaintsRegister(cases: readonly CaseState[]): RegisterEntry[] {
  return cases.filter((c) => c.type === 'complaint' && !!c.complaint && entersRegister(c.complaint.kind))
    .map(entryOf)
    .sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
}

function entryOf(c: CaseState): RegisterEntry {
  const complaint = c.complaint!;
  const product = complaint.product;
  const r = complaint.resolution;
  return {
    no: registerNoOf(c),
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

export const registerColumns = ['no', 'filedOn', 'consumer', 'goods', 'defect', 'remedy', 'outcome', 'outcomeOn'] as const;

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
    rows: entries.map((e) => [e.no, e.filedOn, e.consumer, e.goods, e.defect, t(`terms:remedy.${e.remedy}`), outcome(e), e.outcome?.on ?? '']),
  };
}
