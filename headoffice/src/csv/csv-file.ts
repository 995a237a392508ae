import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

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
const rowsPerBatch = 2000;

/** csv-parse's refusals, in the words the import reports. */
const csvErrorReasons: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote is not closed',
  INVALID_OPENING_QUOTE: 'a quote inside a field that does not start with one',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote must end its field',
  CSV_MAX_RECORD_SIZE: `a record longer than ${maxRecordChars} characters: a quote not closed?`,
};

/**
 * The file's records, streamed in batches with the line each starts on; fields in `columns` order.
 * The header must name exactly `columns` (in any order). RFC 4180 by csv-parse: fields may be
 * quoted, `""` is a quote, quoted fields may span lines; empty lines are skipped. A file that is
 * not valid CSV ends with one problem at the record where it stops being readable.
 */
export async function* csvRows(file: string, columns: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<CsvRow[] | Problem> {
  const input = createReadStream(file);
  if (onBytes) input.on('data', (chunk) => onBytes(chunk.length));
  // Arrays, and line numbers counted here rather than by the parser's `info` (which halves its
  // speed): a record starts on the line after the previous one's last, which is one more than its
  // first plus the line breaks inside its quoted fields.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, max_record_size: maxRecordChars }));
  let line = 1;
  let order: number[] | null | undefined; // header position of each column; null: already in order
  let width = 0;
  let rows: CsvRow[] = [];
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1;
      for (const f of fields) if (f.includes('\n')) line += f.split('\n').length - 1;
      if (fields.length === 1 && !fields[0]) continue;
      if (order === undefined) {
        const missing = columns.filter((c) => !fields.includes(c));
        const unknown = fields.filter((c) => !columns.includes(c));
        if (missing.length || unknown.length || fields.length !== columns.length) {
          yield { line: start, reason: `the header must name ${columns.join(',')}` + (missing.length ? `; missing: ${missing.join(',')}` : '') + (unknown.length ? `; unknown: ${unknown.join(',')}` : '') };
          return;
        }
        order = columns.every((c, i) => fields[i] === c) ? null : columns.map((c) => fields.indexOf(c));
        width = fields.length;
        continue;
      }
      if (fields.length !== width) {
        yield rows;
        yield { line: start, reason: `${fields.length} fields, the header has ${width}` };
        return;
      }
      rows.push({ line: start, fields: order ? order.map((i) => fields[i]!) : fields });
      if (rows.length === rowsPerBatch) {
        yield rows;
        rows = [];
      }
    }
    yield rows;
  } catch (e) {
    yield rows;
    // The parser names the line it stopped on; records it had parsed but not handed over are lost with it.
    const { code = '', lines } = e as { code?: string; lines?: number };
    yield { line: lines ?? line, reason: csvErrorReasons[code] ?? (e as Error).message };
  } finally {
    input.destroy();
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
