import { describe, expect, it } from 'vitest';
import { deskEventSchema } from '../../../shared/domain/events.js';
import { complaintOpenings } from '../../helpers/events.js';

const opening = () => complaintOpenings({ id: 'dev-a', storeCode: 'PRG01', deskCode: 'A' }, 1, 1)[0]!;

describe('a desk event (as head office parses a push)', () => {
  it('keeps any well-formed text, emoji included', () => {
    const e = opening();
    expect(deskEventSchema.safeParse({ ...e, payload: { ...e.payload, description: 'Konvice 💥 nehřeje — „rozbitá“' } }).success).toBe(true);
  });

  it('is refused with NUL or half a character anywhere in it, naming where', () => {
    for (const [bad, at] of [['Konvice \uD83D', ['payload', 'description']], ['a\u0000b', ['payload', 'description']], ['\uDCA5', ['actor']], ['x\u0000', ['deviceId']]] as const) {
      const e = opening() as Record<string, unknown> & { payload: Record<string, unknown> };
      if (at[0] === 'payload') e.payload[at[1]!] = bad;
      else e[at[0]] = bad;
      const r = deskEventSchema.safeParse(e);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error!.issues.map((i) => i.path)).toContainEqual(at);
    }
  });

  it('has a time whose node is at most 64 characters, like a device id (every desk of the store pulls it)', () => {
    const e = opening();
    expect(deskEventSchema.safeParse({ ...e, at: `000000000000000:000000:${'x'.repeat(64)}` }).success).toBe(true);
    expect(deskEventSchema.safeParse({ ...e, at: `000000000000000:000000:${'x'.repeat(5000)}` }).success).toBe(false);
    expect(deskEventSchema.safeParse({ ...e, at: '000000000000000:000000:' }).success).toBe(false);
  });
});
