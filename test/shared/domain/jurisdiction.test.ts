import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../../shared/domain/jurisdiction.js';

describe('isoDateSchema', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2026-12-31']) expect(isoDateSchema.safeParse(d).success).toBe(true);
  });
  it('refuses dates that do not exist instead of rolling them into the next month', () => {
    for (const d of ['2026-02-31', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '31.01.2026']) expect(isoDateSchema.safeParse(d).success).toBe(false);
  });
});
