import type { DeskEvent } from './events.js';
import type { CaseState } from './case-state.js';
import type { Country } from './jurisdiction.js';
import { lawVersionForClaim } from '../law/versions.js';

/** Events of a case in the one order every device and head office agree on. */
export const byHlc = (a: DeskEvent, b: DeskEvent) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** For events from before law versions: the version in force on the day it was filed (from its HLC's wall clock). */
const filedUnder = (country: Country, at: string, soldOn: string | undefined) =>
  lawVersionForClaim(country, new Date(Number(at.slice(0, 15))).toISOString().slice(0, 10), soldOn).id;

/**
 * The state an opening event starts: the keys every case has, then the type's own. Built with
 * Object.assign, not `{ ...common, type, … }`: V8 (Node 20) takes a slow path for every key added
 * after a spread, microseconds each, and head office folds every case it is pushed.
 */
function open(e: DeskEvent): CaseState | null {
  const common = (caseNo: string) => {
    const [storeCode = '', deskCode = ''] = caseNo.split('-');
    return { id: e.caseId, openedAt: e.at, updatedAt: e.at, openedBy: e.actor, notes: [], eventCount: 0, caseNo, storeCode, deskCode };
  };
  switch (e.type) {
    case 'complaint.opened': {
      const { caseNo, country, customer, lawVersion, ...complaint } = e.payload;
      return Object.assign(common(caseNo), { lawVersion: lawVersion ?? filedUnder(country, e.at, complaint.purchase?.purchaseDate), type: 'complaint' as const, country, customer, status: 'received' as const, complaint });
    }
    case 'return.recorded': {
      const { caseNo, country, customer, lawVersion, ...ret } = e.payload;
      return Object.assign(common(caseNo), { lawVersion: lawVersion ?? filedUnder(country, e.at, ret.purchase.purchaseDate), type: 'return' as const, country, customer, status: 'recorded' as const, return: ret });
    }
    case 'exchange.recorded': {
      const { caseNo, country, customer, lawVersion, ...exchange } = e.payload;
      return Object.assign(common(caseNo), { lawVersion: lawVersion ?? filedUnder(country, e.at, exchange.purchase.purchaseDate), type: 'exchange' as const, country, customer, status: 'recorded' as const, exchange });
    }
    default:
      return null;
  }
}

/** Applies one later event. An event that does not fit the state (e.g. from a concurrent device) is ignored. */
function apply(s: CaseState, e: DeskEvent): CaseState {
  const c = s.complaint;
  switch (e.type) {
    case 'complaint.progressed':
      if (!c || s.status === 'closed') return s;
      return { ...s, status: s.status === 'resolved' ? s.status : 'in_progress', complaint: { ...c, sentTo: e.payload.sentTo ?? c.sentTo }, notes: note(s, e, e.payload.note) };
    case 'complaint.resolved':
      if (!c || s.status === 'closed') return s;
      return {
        ...s,
        status: 'resolved',
        complaint: { ...c, resolution: { outcome: e.payload.outcome, method: e.payload.method, reason: e.payload.reason, at: e.at, actor: e.actor } },
        notes: note(s, e, e.payload.note),
      };
    case 'complaint.closed':
      if (!c || s.status !== 'resolved') return s;
      return { ...s, status: 'closed', complaint: { ...c, closed: { how: e.payload.how, at: e.at, actor: e.actor } }, notes: note(s, e, e.payload.note) };
    case 'case.noted':
      return { ...s, notes: note(s, e, e.payload.text) };
    case 'case.voided':
      if (s.type === 'complaint' || s.voided) return s;
      return { ...s, status: 'voided', voided: { reason: e.payload.reason, managerId: e.payload.managerId, at: e.at, actor: e.actor } };
    case 'case.flagged':
      // A later finding (more cases joined the conflict) replaces the earlier one and needs settling again.
      return { ...s, conflict: { saleId: e.payload.saleId, receiptNo: e.payload.receiptNo, over: e.payload.over, cases: e.payload.cases, at: e.at } };
    case 'case.flag_settled':
      if (!s.conflict || s.conflict.settled) return s;
      return { ...s, conflict: { ...s.conflict, settled: { note: e.payload.note, managerId: e.payload.managerId, at: e.at, actor: e.actor } } };
    case 'document.handed':
      // The first record stands: once handed (or declined), a later one changes nothing.
      if (!c || s.handed?.[e.payload.document]) return s;
      return { ...s, handed: { ...s.handed, [e.payload.document]: { how: e.payload.how, at: e.at, actor: e.actor } } };
    case 'feedback.recorded':
      // After an erasure a comment is not taken in again (an offline desk's answer synced late).
      return { ...s, feedback: { ...(s.erased ? withoutComment(e.payload) : e.payload), at: e.at } };
    case 'customer.erased': {
      const { customer: _erased, ...rest } = s;
      return { ...rest, feedback: s.feedback && withoutComment(s.feedback), erased: { reason: e.payload.reason, at: e.at } };
    }
    default:
      return s;
  }
}

const withoutComment = <F extends { comment?: string }>({ comment: _erased, ...rest }: F) => rest;

function note(s: CaseState, e: DeskEvent, text: string | undefined) {
  return text ? [...s.notes, { at: e.at, actor: e.actor, text }] : s.notes;
}

/**
 * The case state from its events: pure and deterministic, so the desk's projection and head
 * office's agree. Returns null when the opening event has not arrived (yet).
 */
export function foldCase(events: readonly DeskEvent[]): CaseState | null {
  const sorted = [...events].sort(byHlc);
  let first = -1;
  let state: CaseState | null = null;
  while (!state && ++first < sorted.length) state = open(sorted[first]!);
  if (!state) return null;
  for (const [i, e] of sorted.entries()) {
    if (i !== first) state = apply(state, e);
    state = { ...state, updatedAt: e.at > state.updatedAt ? e.at : state.updatedAt, eventCount: state.eventCount + 1 };
  }
  return state;
}
