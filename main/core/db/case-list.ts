import type { CaseSummary } from '../../../shared/api/cases.js';
import type { CaseState, CaseStatus, CaseType } from '../../../shared/domain/case-state.js';
import { compactCode, digitsOnly, isDigitGroup, searchFold } from '../../../shared/domain/search-fold.js';
import { scalar, type Database } from './sqlite.js';

export type CaseFilter = { query?: string; type?: CaseType; status?: CaseStatus; overdueOnly?: boolean; dueBy?: string; limit: number; offset: number };

type Row = { id: string; case_no: string; type: CaseType; status: CaseStatus; opened_at: string; updated_at: string; due_date: string | null; customer_name: string | null; customer_phone: string | null; subject: string; conflict: number };

/**
 * FTS5 trigram query: every term (3+ characters) must appear somewhere, as a quoted phrase.
 * Quotes and control characters are dropped: FTS5 reads a NUL as the end of the query and
 * fails with "unterminated string".
 */
function ftsQuery(query: string): string | null {
  const terms = searchTerms(query).filter((t) => t.length >= 3);
  return terms.length ? terms.map(phrase).join(' AND ') : null;
}

/**
 * What was typed, folded as the index is. Consecutive groups of digits ("+420 777 12", "45 67",
 * "2026 00042") are one term of bare digits: the index holds every number's digits unbroken, so
 * any grouping meets any other.
 */
function searchTerms(query: string): string[] {
  const terms: string[] = [];
  let afterDigits = false;
  for (const word of query.split(/\s+/).filter(Boolean)) {
    const digits = isDigitGroup(word);
    if (digits && afterDigits) terms[terms.length - 1] += digitsOnly(word);
    else terms.push(digits ? digitsOnly(word) : searchFold(word.replace(/["\p{Cc}]/gu, '')));
    afterDigits = digits;
  }
  return terms;
}

/** One term as an FTS5 phrase; a code typed with other separators than stored ("rc-555-01") meets its compact form. */
function phrase(term: string): string {
  const compact = compactCode(term);
  return compact !== term && compact.length >= 3 ? `("${term}" OR "${compact}")` : `"${term}"`;
}

export const isOverdue = (dueDate: string | null | undefined, status: CaseStatus, today: string) =>
  !!dueDate && dueDate < today && (status === 'received' || status === 'in_progress');

export function caseIsOverdue(s: CaseState, today: string) {
  return isOverdue(s.complaint?.dueDate, s.status, today);
}

/** Newest first; a query matches fragments of the number, name, phone digits, receipt or item. */
export function listCases(db: Database, f: CaseFilter, today: string): { items: CaseSummary[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const q = f.query?.trim();
  if (q) {
    const fts = ftsQuery(q);
    if (fts) {
      // Search rows share their case's rowid: matching on it never reads the index's stored columns.
      where.push('rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)');
      params.push(fts);
    } else {
      // Shorter than a trigram: only a case-number or name prefix is worth matching.
      where.push('(case_no LIKE ? OR customer_name LIKE ?)');
      params.push(`%${q}%`, `${q}%`);
    }
  }
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (f.type) add('type = ?', f.type);
  if (f.status) add('status = ?', f.status);
  if (f.overdueOnly) add("status IN ('received', 'in_progress') AND due_date < ?", today);
  if (f.dueBy) add("status IN ('received', 'in_progress') AND due_date <= ?", f.dueBy);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // The total comes with the page (one search, not two); only a page past the end needs its own count.
  const rows = db
    .prepare(`SELECT id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, conflict, count(*) OVER () AS total FROM cases ${clause} ORDER BY updated_at DESC LIMIT ? OFFSET ?`)
    .all(...params, f.limit, f.offset) as (Row & { total: number })[];
  const total = rows[0]?.total ?? (f.offset > 0 ? (scalar<number>(db, `SELECT count(*) FROM cases ${clause}`, ...params) ?? 0) : 0);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      type: r.type,
      status: r.status,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      customerName: r.customer_name ?? undefined,
      customerPhone: r.customer_phone ?? undefined,
      subject: r.subject,
      dueDate: r.due_date ?? undefined,
      overdue: isOverdue(r.due_date, r.status, today),
      conflict: r.conflict === 1,
    })),
  };
}
