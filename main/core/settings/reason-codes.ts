import { referenceDataSchema } from '../../../shared/sync/protocol.js';
import { reasonChoicesOf, type ReasonChoices } from '../../../shared/domain/reasons.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';

const pulledReasons = referenceDataSchema.pick({ reasonCodes: true, reasonNames: true });

/** The reasons this desk offers and head office's names for them, from the reference data last pulled. */
export function deskReasons(desk: Desk): ReasonChoices {
  return desk.parsedSetting('reference', (raw) => {
    // Data this version cannot read (written by a newer one) leaves the built-in codes until head office sends it again.
    const parsed = pulledReasons.safeParse(raw);
    return reasonChoicesOf(parsed.success ? parsed.data : undefined);
  });
}

/** A new return line may name only a reason the desk offers: a retired or unknown code is refused at its field. */
export function refuseReasonsNotOffered(desk: Desk, lines: readonly { reason: string }[], path: string): void {
  const { offered } = deskReasons(desk);
  const fields = lines.flatMap((l, i) => (offered.includes(l.reason) ? [] : [`${path}.${i}.reason`]));
  if (fields.length) throw new DeskError('reason_not_offered', {}, { fields });
}
