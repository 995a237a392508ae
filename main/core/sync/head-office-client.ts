import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { deskEventSchema, type DeskEvent } from '../../../shared/domain/events.js';
import {
  enrollResponseSchema, errorResponseSchema, pullResponseSchema, pushResponseSchema,
  type EnrollRequest, type EnrollResponse, type PullResponse, type PushResponse,
} from '../../../shared/sync/protocol.js';
import { receiptLookupResponseSchema, saleSchema, salesPullResponseSchema } from '../../../shared/sales/sale.js';
import { cataloguePullResponseSchema, deskCatalogueItemSchema } from '../../../shared/sales/catalogue.js';
import { parseRetryAfter } from './retry-delay.js';

/**
 * A page's items judged one by one: one this desk cannot read (a rule tightened since head office
 * took it in, or written by a newer version) is left out and handed back as it came, and the rest
 * of the page and the pages after it still come.
 */
export function eachReadable<T>(items: unknown[], schema: z.ZodType<T>): { readable: T[]; unreadable: unknown[] } {
  const readable: T[] = [];
  const unreadable: unknown[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) readable.push(parsed.data);
    else unreadable.push(item);
  }
  return { readable, unreadable };
}
const salesPage = salesPullResponseSchema.extend({ sales: z.array(z.unknown()) });
const cataloguePage = cataloguePullResponseSchema.extend({ items: z.array(z.unknown()) });
/** Events and reference data are judged apart from the page: what this version cannot read never fails the rest. */
const eventsPage = pullResponseSchema.extend({ events: z.array(z.unknown()), reference: z.unknown(), law: z.unknown().optional() });

/** The events this version of the desk reads. */
export const readableEvents = deskEventSchema as unknown as z.ZodType<DeskEvent>;

/** A pull page as the desk applies it: `unreadable` holds the events this version cannot read, as they came. */
export type PulledPage = PullResponse & { unreadable: unknown[] };

/** Reference data this version cannot read counts as not sent: its version is not stored, so head office sends it again. */
function readableOrNone<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the client needs of fetch: the desk passes Node's, Electron passes net.fetch (the OS certificate store). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Why a request to head office failed, and so what to do: `network` and `server` (5xx, 429, a
 * garbled answer) are retried with backoff; `unauthorized` needs a new enrollment; `refused`
 * means head office will not take this request as it is.
 */
export class SyncFailure extends Error {
  constructor(
    readonly kind: 'network' | 'server' | 'unauthorized' | 'refused',
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncFailure';
  }
}

type Request = { method: 'GET' | 'POST'; path: string; body?: unknown; token?: string };

/** The token and the store's data travel over https; plain http only to this PC itself (127.0.0.0/8, ::1, localhost). */
export function isSafeHeadOfficeUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return true;
  return protocol === 'http:' && (hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname));
}

/** Head office's `/v1` API over fetch: gzip bodies, a timeout, every answer checked against its schema. */
export class HeadOfficeClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchFn: Fetch = fetch,
    private readonly timeoutMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  enroll(req: EnrollRequest): Promise<EnrollResponse> {
    return this.call({ method: 'POST', path: '/v1/enroll', body: req }, enrollResponseSchema);
  }

  push(token: string, events: readonly DeskEvent[]): Promise<PushResponse> {
    return this.call({ method: 'POST', path: '/v1/events', body: { events }, token }, pushResponseSchema);
  }

  /** The store's events after `after` that this version reads (`events`) and those it cannot (`unreadable`). */
  async pull(token: string, after: string, refVersion: number, lawVersion: number, events = readableEvents): Promise<PulledPage> {
    const query = new URLSearchParams({ after, refVersion: String(refVersion), lawVersion: String(lawVersion) });
    const page = await this.call({ method: 'GET', path: `/v1/events?${query}`, token }, eventsPage);
    const { readable, unreadable } = eachReadable(page.events, events);
    return {
      ...page,
      events: readable,
      unreadable,
      reference: readableOrNone(pullResponseSchema.shape.reference, page.reference),
      law: readableOrNone(pullResponseSchema.shape.law, page.law),
    };
  }

  /** The store's sales head office took in after `after` (its intake order), within the store's window of days. */
  async pullSales(token: string, after: string) {
    const page = await this.call({ method: 'GET', path: `/v1/sales?${new URLSearchParams({ after })}`, token }, salesPage);
    const { readable, unreadable } = eachReadable(page.sales, saleSchema);
    return { ...page, sales: readable, unreadable: unreadable.length };
  }

  /** Catalogue items changed after `after`, with the store's own prices. */
  async pullCatalogue(token: string, after: string) {
    const page = await this.call({ method: 'GET', path: `/v1/catalogue?${new URLSearchParams({ after })}`, token }, cataloguePage);
    const { readable, unreadable } = eachReadable(page.items, deskCatalogueItemSchema);
    return { ...page, items: readable, unreadable: unreadable.length };
  }

  /** The store's sales of any age with this receipt number or barcode. */
  lookupSales(token: string, receipt: string) {
    return this.call({ method: 'GET', path: `/v1/sales/lookup?${new URLSearchParams({ receipt })}`, token }, receiptLookupResponseSchema);
  }

  private async call<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-encoding': 'gzip' };
    if (req.token) headers.authorization = `Bearer ${req.token}`;
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (req.body !== undefined) {
      body = new Uint8Array(gzipSync(JSON.stringify(req.body)));
      headers['content-type'] = 'application/json';
      headers['content-encoding'] = 'gzip';
    }
    let res: Response;
    let text: string;
    try {
      res = await this.fetchFn(`${this.baseUrl}${req.path}`, { method: req.method, headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await textUpTo(res, maxAnswerBytes);
    } catch (e) {
      if (e instanceof SyncFailure) throw e;
      throw new SyncFailure('network', e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e));
    }
    const json = safeJson(text);
    if (!res.ok) {
      const err = errorResponseSchema.safeParse(json);
      const code = err.success ? err.data.error : undefined;
      const message = err.success ? err.data.message : `head office answered ${res.status}`;
      const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), this.now());
      if (res.status === 401) throw new SyncFailure('unauthorized', message, res.status, code);
      if (res.status >= 500 || res.status === 429 || res.status === 408) throw new SyncFailure('server', message, res.status, code, retryAfterMs);
      throw new SyncFailure('refused', message, res.status, code);
    }
    const parsed = schema.safeParse(json);
    // A cut or garbled answer: the request may or may not have been applied; a retry is harmless.
    if (!parsed.success) throw new SyncFailure('server', 'head office sent an answer this desk cannot read');
    return parsed.data;
  }
}

/**
 * The most an answer may take once unzipped: well beyond the largest page (500 sales of 500 lines,
 * 5,000 catalogue items), far below what would exhaust the desk's memory (an endless body, a gzip bomb).
 */
const maxAnswerBytes = 256 << 20;

/** The answer's text, read no further than `max` bytes. */
async function textUpTo(res: Response, max: number): Promise<string> {
  const reader = res.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return Buffer.concat(chunks).toString('utf8');
    size += chunk.value.byteLength;
    if (size > max) {
      await reader!.cancel();
      throw new SyncFailure('server', `head office's answer is too large (over ${max >> 20} MiB)`);
    }
    chunks.push(chunk.value);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
