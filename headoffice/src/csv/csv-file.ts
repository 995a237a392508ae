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

/**
 * The file's records with their line numbers, streamed. The header must name exactly `columns`
 * (in any order). A file that is not valid CSV ends with one problem where the parser stopped.
 */
export async function* csvRecords(file: string, columns: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<{ line: number; record: Record<string, string> } | Problem> {
  const input = createReadStream(file);
  if (onBytes) input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(parse({
    bom: true, info: true, skip_empty_lines: true,
    columns: (header: string[]) => {
      const missing = columns.filter((c) => !header.includes(c));
      const unknown = header.filter((c) => !columns.includes(c));
      if (missing.length || unknown.length) throw new Error(`the header must name ${columns.join(',')}` + (missing.length ? `; missing: ${missing.join(',')}` : '') + (unknown.length ? `; unknown: ${unknown.join(',')}` : ''));
      return header;
    },
  }));
  try {
    for await (const { info, record } of parser as AsyncIterable<{ info: { lines: number }; record: Record<string, string> }>) yield { line: info.lines, record };
  } catch (e) {
    yield { line: parser.info.lines, reason: (e as Error).message };
  } finally {
    input.destroy();
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

/** A field as CSV text ("" is NULL to COPY). */
export const csvField = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** An integer column: digits only, else NaN, which the schema refuses. */
export const intField = (s: string | undefined) => (/^-?\d{1,20}$/.test(s ?? '') ? Number(s) : NaN);
export const optionalField = (s: string | undefined) => (s ? s : undefined);
