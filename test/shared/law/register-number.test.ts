import { describe, expect, it } from 'vitest';
import { deskEventSchema } from '../../../shared/domain/events.js';
import { complaintOpenings } from '../../helpers/events.js';

/** A claim of SOF01's desk A, as head office parses a push of it. */
const claim = complaintOpenings({ id: 'dev-a', storeCode: 'SOF01', deskCode: 'A' }, 1, 1)[0]!;
const year = Number((claim.payload as { caseNo: string }).caseNo.split('-')[2]);
const withRegisterNo = (registerNo: string) => deskEventSchema.safeParse({ ...claim, payload: { ...claim.payload, registerNo } });

describe("a claim's register number in its opening event", () => {
  it("is taken when it is of the case number's desk and year", () => {
    expect(withRegisterNo(`SOF01-A-${year}-R0001`).success).toBe(true);
    expect(withRegisterNo(`SOF01-A-${year}-R12345`).success).toBe(true);
  });

  it('is refused when it names another desk, store or year, or is no register number: a desk numbers only its own entries', () => {
    for (const bad of [`SOF01-B-${year}-R0001`, `SOF02-A-${year}-R0001`, `SOF01-A-${year - 1}-R0001`, `SOF01-A-${year}-00001`, `SOF01-A-${year}-R01`]) {
      const r = withRegisterNo(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues.map((i) => i.path), bad).toContainEqual(['payload', 'registerNo']);
    }
  });
});
