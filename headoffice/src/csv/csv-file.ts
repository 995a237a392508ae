import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Where a file is wrong: its line number (1 is the header) and why. */
export type Problem = { line: number; reason: string };
/** One thing read from a file (a sale, an item) from `line` on, or why it cannot be taken. */
export type Checked<T> = { line: number; value: T } | { line: number; problems: Problem[] };

/** At most this many problems are listed; the rest are only counted. */
export const shownProblems = 100;

/** A file refused as a whole: nothing of it was imported. */
export class ImportRefused extends Error {
  constructor(readonly problems: Problem[], readonly total: number) {
    const more = total > problems.length ? `\n… and ${total - problems.length} more` : '';
    super(`${total} problem(s); nothing was imported:\n${problems.map((p) => `line ${p.line}: ${p.reason}`).join('\n')}${more}`);
    this.name = 'ImportRefused';
  }
}

/** A record's fields in the order the caller named its columns, and the line it starts on. */
export type CsvRow = { line: number; fields: string[] };

/** Longer than this, a record is taken for a quote left open (else it would fill memory). */
const maxRecordChars = 1 << 20;

/**
 * The file's records, streamed in batches (one per chunk read) with their line numbers; fields in
 * `columns` order. The header must name exactly `columns` (in any order). RFC 4180: fields may be
 * quoted, `""` is a quote, quoted fields may span lines; empty lines are skipped. A file that is not
 * valid CSV ends with one problem where it stops being readable. Hand-written rather than a
 * general parser: rows without quotes are split in one call, which keeps a million lines to a
 * second or two.
 */
export async function* csvRows(file: string, columns: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<CsvRow[] | Problem> {
  const input = createReadStream(file);
  const decoder = new StringDecoder('utf8');
  let text = '';
  let line = 1;
  let order: number[] | null | undefined; // header position of each column; null: already in order
  let width = 0;
  /** Takes the complete records at the start of `text` (all of it when `final`) into `rows`; the rest stays. */
  function take(final: boolean, rows: CsvRow[]): Problem | undefined {
    let pos = 0;
    let quote = text.indexOf('"');
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? text.length : nl;
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      const start = line;
      let fields: string[];
      if (quote < 0 || quote > end) {
        fields = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end).split(',');
        pos = end + 1;
        line++;
      } else {
        const quoted = quotedRecord(text, pos, final);
        if (quoted === null) break;
        if (typeof quoted === 'string') return { line: start, reason: quoted };
        ({ fields, next: pos } = quoted);
        line += quoted.lines;
      }
      if (fields.length === 1 && !fields[0]) continue;
      if (order === undefined) {
        const missing = columns.filter((c) => !fields.includes(c));
        const unknown = fields.filter((c) => !columns.includes(c));
        if (missing.length || unknown.length || fields.length !== columns.length) {
          return { line: start, reason: `the header must name ${columns.join(',')}` + (missing.length ? `; missing: ${missing.join(',')}` : '') + (unknown.length ? `; unknown: ${unknown.join(',')}` : '') };
        }
        order = columns.every((c, i) => fields[i] === c) ? null : columns.map((c) => fields.indexOf(c));
        width = fields.length;
        continue;
      }
      if (fields.length !== width) return { line: start, reason: `${fields.length} fields, the header has ${width}` };
      rows.push({ line: start, fields: order ? order.map((i) => fields[i]!) : fields });
    }
    text = text.slice(pos);
    if (text.length > maxRecordChars) return { line, reason: `a record longer than ${maxRecordChars} characters: a quote not closed?` };
    return undefined;
  }
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      text += decoder.write(chunk);
      if (order === undefined && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const rows: CsvRow[] = [];
      const problem = take(false, rows);
      yield rows;
      if (problem) {
        yield problem;
        return;
      }
    }
    text += decoder.end();
    const rows: CsvRow[] = [];
    const problem = take(true, rows);
    yield rows;
    if (problem) yield problem;
  } finally {
    input.destroy();
  }
}

/**
 * One record from `pos` that has a quoted field: its fields, where the next record starts and how
 * many line breaks it spans; null when `text` ends before it does (more is to come); or why it is
 * not CSV.
 */
function quotedRecord(text: string, pos: number, final: boolean): { fields: string[]; next: number; lines: number } | string | null {
  const fields: string[] = [];
  let lines = 1;
  let nl = text.indexOf('\n', pos); // the first line break from pos on, kept so as not to search again
  for (;;) {
    let field: string;
    let after: number; // just past the field
    if (text.charCodeAt(pos) === 34) {
      field = '';
      let from = pos + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0 || close + 1 === text.length) {
          if (!final) return null;
          if (close < 0) return 'a quote is not closed';
        }
        field += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== 34) {
          after = close + 1;
          break;
        }
        field += '"';
        from = close + 2;
      }
      for (; nl >= 0 && nl < after; nl = text.indexOf('\n', nl + 1)) lines++;
    } else {
      const comma = text.indexOf(',', pos);
      after = comma >= 0 && (nl < 0 || comma < nl) ? comma : nl >= 0 ? (nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl) : text.length;
      if (nl < 0 && comma < 0 && !final) return null;
      field = text.slice(pos, after);
      if (field.includes('"')) return 'a quote inside a field that does not start with one';
    }
    fields.push(field);
    const c = text.charCodeAt(after);
    if (c === 44) {
      pos = after + 1;
      continue;
    }
    if (after === text.length) return final ? { fields, next: after, lines } : null;
    if (c === 10) return { fields, next: after + 1, lines };
    if (c === 13 && text.charCodeAt(after + 1) === 10) return { fields, next: after + 2, lines };
    if (c === 13 && after + 1 === text.length && !final) return null;
    return 'a closing quote must end its field';
  }
}

/** The file's records one by one, as objects keyed by column (see `csvRows`). */
export async function* csvRecords(file: string, columns: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<{ line: number; record: Record<string, string> } | Problem> {
  for await (const batch of csvRows(file, columns, onBytes)) {
    if (!Array.isArray(batch)) {
      yield batch;
      return;
    }
    for (const { line, fields } of batch) yield { line, record: Object.fromEntries(columns.map((c, i) => [c, fields[i]!])) };
  }
}

/** The problems of a file: every one counted, the first `shownProblems` kept. */
export class Problems {
  readonly shown: Problem[] = [];
  total = 0;
  add(problems: Problem[]) {
    for (const p of problems) if (++this.total <= shownProblems) this.shown.push(p);
  }
  /** Ends the import (its transaction rolls back) if the file had any. */
  refuseIfAny() {
    if (this.total) throw new ImportRefused(this.shown, this.total);
  }
}

/**
 * The valid items in batches of `size`, read in one pass. The problems go to `problems`; from the
 * first one on no more batches come, but the file is read to its end to report every problem.
 */
export async function* validBatches<T>(items: AsyncIterable<Checked<T>>, size: number, problems: Problems): AsyncGenerator<{ line: number; value: T }[]> {
  let batch: { line: number; value: T }[] = [];
  for await (const item of items) {
    if (!('value' in item)) problems.add(item.problems);
    else if (!problems.total) batch.push(item);
    if (batch.length === size && !problems.total) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length && !problems.total) yield batch;
}

/** A field as CSV text (nothing is NULL to COPY, `""` the empty string); quoted only when it must be. */
export const csvField = (v: string | null | undefined) => (v === null || v === undefined ? '' : v && !/[",\r\n]/.test(v) ? v : `"${v.replaceAll('"', '""')}"`);

/** An integer column: digits only, else NaN, which the schema refuses. */
export const intField = (s: string | undefined) => (/^-?\d{1,20}$/.test(s ?? '') ? Number(s) : NaN);
export const optionalField = (s: string | undefined) => (s ? s : undefined);
