import { z } from 'zod';
import { outcomeSchema, remedySchema } from '../domain/events.js';

/**
 * A step the service centre records on a claim sent to it: the item arrived, progress (a note), or
 * the verdict. A verdict other than "accepted" carries its written reasons (CZ §19 OZ and the other
 * packs ask for them); one that is not "rejected" names the remedy.
 */
export const serviceStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('received'), note: z.string().trim().max(2000).optional() }),
  z.object({ step: z.literal('progress'), note: z.string().trim().min(1).max(2000) }),
  z.object({
    step: z.literal('verdict'),
    outcome: outcomeSchema,
    method: remedySchema.optional(),
    reason: z.string().trim().max(2000).optional(),
  }).refine((v) => v.outcome === 'accepted' || (v.reason ?? '').length > 0, { message: 'Give the reasons for a verdict that is not a full acceptance.', path: ['reason'] })
    .refine((v) => v.outcome === 'rejected' || v.method !== undefined, { message: 'Name the remedy.', path: ['method'] }),
]);
export type ServiceStep = z.infer<typeof serviceStepSchema>;

/** A claim in the service centre's queue; `daysLeft` to its statutory deadline (negative: overdue). */
export type QueueItem = {
  caseNo: string; storeCode: string; status: string; dueDate: string | null; daysLeft: number | null; openedAt: string;
  product: string | null; description: string; customer: string | null;
};
