import { v7 as uuidv7 } from 'uuid';
import { formatHlc } from '../../shared/domain/hlc.js';
import type { DeskEvent } from '../../shared/domain/events.js';

/** `n` valid complaint openings of one device, seq from..from+n-1, for head-office tests and benches. */
export function complaintOpenings(device: { id: string; storeCode: string; deskCode: string }, from: number, n: number): DeskEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const seq = from + i;
    return {
      id: uuidv7(), deviceId: device.id, seq, caseId: uuidv7(), type: 'complaint.opened',
      at: formatHlc({ wall: 1_780_000_000_000 + seq, counter: 0 }, device.id), actor: 'staff-1',
      payload: { caseNo: `${device.storeCode}-${device.deskCode}-2026-${String(seq).padStart(5, '0')}`, country: 'CZ', kind: 'defect', remedy: 'repair', description: `Kettle ${seq} does not heat` },
    } satisfies DeskEvent;
  });
}
