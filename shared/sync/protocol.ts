import { z } from 'zod';
import { deskEventSchema, reasonCodeSchema, storableText, type DeskEvent } from '../domain/events.js';
import { deskCodeSchema, storeCodeSchema } from '../domain/case-number.js';
import { staffRoleSchema } from '../settings.js';
import { lawReferenceSchema } from '../law/reference.js';
import { policyOverridesSchema } from '../law/policy-overrides.js';
import { reasonNamesByCodeSchema } from '../domain/reasons.js';

/**
 * The wire protocol between a desk and head office (`/v1`), one schema per message, used by both
 * sides: the desk parses what head office answers, head office parses what the desk sends.
 */

export const protocolVersion = 'v1';

/** At most this many events per push; the desk also keeps a batch under `maxBatchBytes`. */
export const maxBatchEvents = 500;
export const maxBatchBytes = 1024 * 1024;
/** Head office refuses larger request bodies (after gunzip) with 413. */
export const maxBodyBytes = 2 * 1024 * 1024;
export const maxPullEvents = 1000;
/** The largest value a PostgreSQL `integer` column (seq, versions) holds: beyond it head office could only fail. */
const maxInteger = 2 ** 31 - 1;
const seq = z.number().int().min(1).max(maxInteger);

export const enrollRequestSchema = z.object({
  code: z.string().trim().min(6).max(40),
  /** The id the desk generated at first start and already wrote into its events. */
  deviceId: z.uuid(),
  storeCode: storeCodeSchema,
  deskCode: deskCodeSchema,
}).strict();
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.object({
  deviceId: z.uuid(),
  storeCode: storeCodeSchema,
  deskCode: deskCodeSchema,
  token: z.string().min(32).max(200),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;

/**
 * A push is first read loosely (every element needs an id and a seq, so a rejection can name it),
 * then each event is checked against `deskEventSchema` on its own: one bad event is rejected
 * alone and never makes the rest of the batch fail.
 */
export const pushEnvelopeSchema = z.object({
  events: z.array(z.looseObject({ id: z.uuid(), seq })).min(1).max(maxBatchEvents),
}).strict();
export const pushedEventSchema = deskEventSchema;

export const rejectionSchema = z.object({ id: z.uuid(), seq, reason: z.string().max(500) });
export type Rejection = z.infer<typeof rejectionSchema>;

/** Head office's clock (ms since the epoch) when it answered: the desk compares it with its own. */
const serverTime = z.number().int().min(0);

export const pushResponseSchema = z.object({
  /** Highest seq of this device that head office holds with every lower seq (stored or rejected). */
  ackSeq: z.number().int().min(0),
  /** Events of this batch head office will never accept, with why. */
  rejected: z.array(rejectionSchema),
  serverTime,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const referenceDataSchema = z.object({
  policyOverrides: policyOverridesSchema,
  /** The reason codes the desk offers, in order (none: the built-in ones). */
  reasonCodes: z.array(reasonCodeSchema).max(200),
  /** Head office's names for codes, offered or retired (absent from a head office older than them). */
  reasonNames: reasonNamesByCodeSchema.optional(),
  staff: z.array(z.object({ id: z.string().min(1).max(64).refine(...storableText), name: z.string().trim().min(1).max(80).refine(...storableText), role: staffRoleSchema })).max(1000),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;

export const pullQuerySchema = z.object({
  after: z.string().regex(/^\d{1,18}$/).default('0'),
  limit: z.coerce.number().int().min(1).max(maxPullEvents).default(maxPullEvents),
  /** The reference data version the desk holds; newer data comes with the answer. */
  refVersion: z.coerce.number().int().min(0).max(maxInteger).default(0),
  /** The law reference data version the desk holds (decree days, law dates: the same for every store). */
  lawVersion: z.coerce.number().int().min(0).max(maxInteger).default(0),
}).strict();

export const pullResponseSchema = z.object({
  events: z.array(deskEventSchema),
  /** Opaque position to ask `after` next time; the desk stores it only after applying the events. */
  cursor: z.string().regex(/^\d{1,18}$/),
  more: z.boolean(),
  reference: z.object({ version: z.number().int().min(1), data: referenceDataSchema }).nullable(),
  /** Newer law reference data, or null; absent from a head office older than it. */
  law: z.object({ version: z.number().int().min(1).max(maxInteger), data: lawReferenceSchema }).nullish(),
  serverTime,
});
export type PullResponse = Omit<z.infer<typeof pullResponseSchema>, 'events'> & { events: DeskEvent[] };

/** Every 4xx/5xx answer of head office. */
export const errorResponseSchema = z.object({ error: z.string(), message: z.string() });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const healthResponseSchema = z.object({ ok: z.boolean(), version: z.literal(protocolVersion) });
