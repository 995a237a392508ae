import { z } from 'zod';
import { method } from './method.js';
import { localeSchema, type Locale } from '../domain/jurisdiction.js';

/**
 * What the customer's own screen may know: the store's name, and the one question open now. The
 * prompt is named by a random one-time id, never by the case: the screen can tell nothing about
 * the case or any other customer.
 */
export type CustomerScreenView = { storeName: string; language: Locale; prompt: { id: string; language: Locale } | null };

export const solvedSchema = z.enum(['yes', 'partly', 'no']);
/** What the customer may type on their screen: short, and checked like every input. */
export const maxCustomerComment = 500;

export const customerApi = {
  /** Polled by the customer screen: idle (the store's name) or the open question. */
  customerScreen: method<CustomerScreenView>()(z.object({}).strict()),
  /** The customer's answer to the open question; refused once answered, replaced or timed out. */
  answerCustomerPrompt: method<null>()(z.object({
    promptId: z.string().regex(/^[0-9a-f]{32}$/),
    solved: solvedSchema,
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(maxCustomerComment).optional(),
  }).strict()),
  /** At the counter: put the question for this case on the customer screen, in the customer's language. */
  askCustomer: method<null>()(z.object({ caseId: z.uuid(), language: localeSchema }).strict()),
  /** At the counter: take the question off the customer screen. */
  cancelCustomerPrompt: method<null>()(z.object({}).strict()),
};

/**
 * The only methods the customer screen may call (its preload exposes only these; the browser
 * host's customer token reaches only these). Everything else is the counter's.
 */
export const customerScreenMethods = ['customerScreen', 'answerCustomerPrompt'] as const satisfies readonly (keyof typeof customerApi)[];
export type CustomerScreenMethod = (typeof customerScreenMethods)[number];

