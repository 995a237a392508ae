import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { api, apiMethods } from '../../../../shared/api/index.js';
import { errorCodes, type Result } from '../../../../shared/result.js';
import { MANAGER_PIN, ok, readyDesk, setupFor } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { hostileStrings, hostileValue, hugePayloads, pollutingPayloads } from '../../../helpers/hostile.js';
import { scalar } from '../../../../main/core/db/sqlite.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
let manager: NonNullable<typeof d.desk.signedIn>;
const caseIds: string[] = [];

beforeAll(async () => {
  d = await readyDesk();
  manager = d.desk.signedIn!;
  caseIds.push(ok(await d.client.openComplaint(complaintInput())).id);
  caseIds.push(ok(await d.client.recordReturn({ purchase: receipt(d.desk.today()), refundMethod: 'cash', lines: [returnLine(1000)] })).id);
});
afterAll(() => d.remove());

/**
 * Row counts of every table: whatever later areas add (print jobs, sync outbox) is covered too.
 * A search index's own shadow tables are left out: the desk's idle merge rewrites their segments
 * whenever it runs (on a busy machine, during a call), while the index's rows stay the same.
 */
function rowCounts(): Record<string, number> {
  const all = d.desk.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
  const indexes = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => `${t.name}_`);
  const tables = all.filter((t) => !indexes.some((prefix) => t.name.startsWith(prefix)));
  return Object.fromEntries(tables.map(({ name }) => [name, scalar<number>(d.desk.db, `SELECT count(*) FROM "${name}"`)!]));
}

/** Calls a method the way IPC/HTTP would and checks the answer is a well-formed value, never a throw. */
async function callChecked(method: string, input: unknown): Promise<Result<unknown>> {
  const before = rowCounts();
  const r = await d.dispatch(method, input);
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(errorCodes).toContain(r.error.code);
    expect(r.error.code, `${method} ${String(r.error.message)}`).not.toBe('internal');
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    // A well-formed wrong PIN is counted towards the sign-in lockout, by design; nothing else is written.
    const counted = r.error.code === 'wrong_pin' ? { pin_guard: rowCounts().pin_guard } : {};
    expect(rowCounts()).toEqual({ ...before, ...counted });
  }
  // signOut and signIn are valid with the right input: keep the manager at the desk for the next call.
  d.desk.signedIn = manager;
  return r;
}

/** Objects with the method's own keys (so strict-key checks pass) and hostile values in them. */
function withRealKeys(method: (typeof apiMethods)[number]) {
  const schema = api[method].input as z.ZodType & { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const ref = fc.oneof(fc.constantFrom(...caseIds), hostileValue);
  return keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, k === 'caseId' ? ref : hostileValue])), { requiredKeys: [] }) : fc.constant({});
}

describe('every API method refuses bad input cleanly', () => {
  for (const method of apiMethods) {
    it(`${method}: random and hostile payloads`, async () => {
      await fc.assert(fc.asyncProperty(fc.oneof(hostileValue, withRealKeys(method)), async (input) => { await callChecked(method, input); }), { numRuns: 100 });
      for (const input of [...pollutingPayloads, ...hugePayloads(), null, undefined, 'x', 42, [], [{}]]) await callChecked(method, input);
    });
  }

  it('an unknown or inherited method name is refused', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'listCases ']) {
      expect(await callChecked(name, {})).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['method'] } });
    }
  });

  it('leaves Object.prototype untouched', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('listCases: any text in the search box', () => {
  it('never raises an FTS5 or SQL error, and finds only real matches', async () => {
    const query = fc.oneof(fc.constantFrom(...hostileStrings.filter((s) => s.length <= 100)), fc.string({ maxLength: 100 }), fc.string({ maxLength: 100, unit: 'binary' }),
      fc.array(fc.constantFrom('"', '*', 'NEAR(', ')', 'OR', 'AND', 'NOT', '^', ':', '-', '+', '(', '{', '}', 'a', '77', 'Konvice', ' '), { maxLength: 12 }).map((p) => p.join('')));
    await fc.assert(fc.asyncProperty(query, async (q) => {
      const r = await callChecked('listCases', { query: q });
      expect(r.ok).toBe(true);
    }), { numRuns: 400 });
  });
});

describe('valid commands with hostile text are stored as text', () => {
  it('keeps SQL and FTS syntax in a note verbatim', async () => {
    for (const text of ["'; DROP TABLE cases; --", '"NEAR(*', '{{status}}', 'Ж'.repeat(2000)]) {
      const s = ok(await d.client.addNote({ caseId: caseIds[0]!, text }));
      expect(s.notes.at(-1)!.text).toBe(text);
    }
    expect(scalar<number>(d.desk.db, 'SELECT count(*) FROM cases')).toBeGreaterThanOrEqual(2);
  });
});

describe('returns and exchanges with extreme amounts', () => {
  const price = fc.oneof(fc.constantFrom(0, 1, -1, 1_000_000_000_00, -1_000_000_000_00), fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }));
  const line = fc.record({ amount: price, qty: fc.constantFrom(1, 2, 999) }).map(({ amount, qty }) => returnLine(amount, 'CZK', { qty }));
  const lines = fc.array(line, { minLength: 1, maxLength: 100 });

  it('are recorded or refused with a reason, never an internal error or an impossible refund', async () => {
    await fc.assert(fc.asyncProperty(lines, lines, async (back, out) => {
      const ret = await callChecked('recordReturn', { purchase: receipt(d.desk.today()), refundMethod: 'cash', lines: back, approvalPin: MANAGER_PIN });
      if (ret.ok) expect((ret.value as { return: { refund: { amount: { amount: number } } } }).return.refund.amount.amount).toBeGreaterThanOrEqual(0);
      await callChecked('recordExchange', { purchase: receipt(d.desk.today()), settlement: 'cash', returned: back, issued: out, approvalPin: MANAGER_PIN });
    }), { numRuns: 150 });
  });
});

describe('valid commands with one field replaced by something hostile', () => {
  /** Every path to a value inside an input, so any one of them can be swapped out. */
  const pathsOf = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
    v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
  const replaced = (base: object, path: (string | number)[], value: unknown): unknown => {
    if (!path.length) return value;
    const copy = structuredClone(base) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
    return copy;
  };
  const bases: [string, () => object][] = [
    ['openComplaint', () => complaintInput({ customer: { name: 'Petr', phone: '+420 777 123 456', email: 'p@example.cz' }, purchase: receipt(d.desk.today()) })],
    ['recordReturn', () => ({ purchase: receipt(d.desk.today()), refundMethod: 'cash', lines: [returnLine(1000), returnLine(2000)], customer: { name: 'Jana' } })],
    ['recordExchange', () => ({ purchase: receipt(d.desk.today()), settlement: 'card', returned: [returnLine(1000)], issued: [returnLine(1500)] })],
    ['addNote', () => ({ caseId: caseIds[0]!, text: 'called back' })],
    ['listCases', () => ({ query: 'Petr', type: 'complaint', status: 'received', overdueOnly: false, limit: 10, offset: 0 })],
  ];
  for (const [method, base] of bases) {
    it(`${method}: is saved as given or refused cleanly`, async () => {
      const mutation = fc.record({ pick: fc.nat(), value: hostileValue });
      let saved = 0;
      await fc.assert(fc.asyncProperty(mutation, async ({ pick, value }) => {
        const input = base();
        const paths = pathsOf(input);
        if ((await callChecked(method, replaced(input, paths[pick % paths.length]!, value))).ok) saved += 1;
      }), { numRuns: 150 });
      // Some hostile values are valid there (a name of any text): those must have gone through.
      expect(saved).toBeGreaterThan(0);
    });
  }

  /** Valid input of the other methods that take text, beside `bases`. */
  const moreTextBases: [string, () => object][] = [
    ['completeSetup', () => ({ setup: setupFor(), manager: { name: 'Eva', pin: '123456' } })],
    ['addStaff', () => ({ name: 'Karel', role: 'clerk', pin: '4321' })],
    ['progressComplaint', () => ({ caseId: caseIds[0]!, sentTo: 'service', note: 'sent' })],
    ['resolveComplaint', () => ({ caseId: caseIds[0]!, outcome: 'partly', method: 'repair', reason: 'scratched', note: 'called' })],
    ['closeComplaint', () => ({ caseId: caseIds[0]!, how: 'customer_informed', note: 'called' })],
    ['voidCase', () => ({ caseId: caseIds[1]!, reason: 'wrong item', approvalPin: '123456' })],
    ['recordFeedback', () => ({ caseId: caseIds[1]!, score: 4, solved: 'yes', comment: 'quick' })],
    ['enroll', () => ({ url: 'https://ho.example.com', code: 'ABCD-EFGH-JKLM' })],
    ['saveStoreDetails', () => ({ details: { storeName: 'Obchod Praha', address: 'Václavské nám. 1', companyId: '12345678', vatId: 'CZ12345678', phone: '+420 222 333 444', country: 'CZ', language: 'en', currency: 'CZK' } })],
  ];
  const stringPaths = (v: object) => pathsOf(v).filter((p) => typeof p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v) === 'string');
  const unstorable = ['\uD83D', 'Konvice \uD83D', '\uDCA5 rozbitá', '\uDFFF\uD800', 'a\u0000b', '\u0000'];

  for (const [method, base] of [...bases, ...moreTextBases]) {
    it(`${method}: refuses NUL or half a character in any of its texts, naming the field, and stores nothing`, async () => {
      // The texts the contract keeps (an issued line drops a returned line's extra keys).
      for (const path of stringPaths(api[method as (typeof apiMethods)[number]].input.parse(base()) as object)) {
        for (const value of unstorable) {
          const r = await callChecked(method, replaced(base(), path, value));
          // A search is not stored: the search box drops what it cannot look for.
          if (method === 'listCases' && path.join('.') === 'query') expect(r.ok).toBe(true);
          else expect(r, `${method} ${path.join('.')} ${JSON.stringify(value)}`).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: expect.arrayContaining([path.join('.')]) } });
        }
      }
    });
  }
});
