import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HybridClock, formatHlc, hlcWallMs, maxClockAheadMs, parseHlc } from '../../../shared/domain/hlc.js';

/** A wall clock the test moves by hand. */
const manualClock = (start: number) => {
  let t = start;
  return { now: () => t, set: (ms: number) => { t = ms; } };
};

describe('HybridClock', () => {
  it('keeps increasing when the wall clock goes back', () => {
    const wall = manualClock(1_700_000_000_000);
    const clock = new HybridClock('dev-a', null, wall.now);
    const first = clock.tick();
    wall.set(1_600_000_000_000);
    const second = clock.tick();
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
    expect(hlcWallMs(third)).toBe(1_700_000_000_000);
    wall.set(1_800_000_000_000);
    const later = clock.tick();
    expect(later > third).toBe(true);
    expect(parseHlc(later)).toEqual({ wall: 1_800_000_000_000, counter: 0, node: 'dev-a' });
  });

  it('never repeats or goes back under any sequence of wall-clock jumps', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
      const wall = manualClock(walls[0]!);
      const clock = new HybridClock('n', null, wall.now);
      let prev = '';
      for (const w of walls) {
        wall.set(w);
        const next = clock.tick();
        expect(next > prev).toBe(true);
        prev = next;
      }
    }));
  });

  it('continues after the last stored timestamp when the desk reopens', () => {
    const last = formatHlc({ wall: 1_700_000_000_500, counter: 7 }, 'dev-a');
    const clock = new HybridClock('dev-a', last, () => 1_700_000_000_000);
    expect(clock.tick() > last).toBe(true);
  });

  it('orders local events after a remote timestamp it received, even one from the future', () => {
    const clock = new HybridClock('dev-a', null, () => 1_000);
    clock.tick();
    const remote = formatHlc({ wall: 5_000, counter: 3 }, 'dev-b');
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toMatchObject({ wall: 5_000, counter: 5 });
  });

  it('is not moved back by an older remote timestamp', () => {
    const clock = new HybridClock('dev-a', null, () => 9_000);
    const mine = clock.tick();
    clock.receive(formatHlc({ wall: 100, counter: 50 }, 'dev-b'));
    expect(clock.tick() > mine).toBe(true);
  });

  it('carries a full counter into the wall clock instead of growing a seventh digit', () => {
    const clock = new HybridClock('dev-a', null, () => 1_000);
    const remote = formatHlc({ wall: 9_000, counter: 999_999 }, 'dev-b');
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(next).toMatch(/^\d{15}:\d{6}:dev-a$/);
    expect(parseHlc(next)).toMatchObject({ wall: 9_001 });
    const last = formatHlc({ wall: 5_000, counter: 999_999 }, 'dev-a');
    const reopened = new HybridClock('dev-a', last, () => 5_000);
    expect(reopened.tick()).toBe(formatHlc({ wall: 5_001, counter: 0 }, 'dev-a'));
  });

  it('never lets a remote timestamp carry it more than 5 minutes ahead of its wall clock', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const wall = manualClock(now);
    const clock = new HybridClock('dev-a', null, wall.now);
    const before = clock.tick();
    clock.receive(formatHlc({ wall: Date.parse('2036-11-24T10:00:00Z'), counter: 0 }, 'dev-b'));
    const next = clock.tick();
    expect(next > before).toBe(true);
    expect(hlcWallMs(next)).toBe(now + maxClockAheadMs);
    wall.set(now + maxClockAheadMs + 1);
    expect(parseHlc(clock.tick())).toMatchObject({ wall: now + maxClockAheadMs + 1, counter: 0 });
  });

  it('restarts at the bound when the stored last timestamp is further ahead', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const clock = new HybridClock('dev-a', formatHlc({ wall: Date.parse('2036-11-24T10:00:00Z'), counter: 4 }, 'dev-a'), () => now);
    expect(hlcWallMs(clock.tick())).toBe(now + maxClockAheadMs);
  });

  it("stamps a follow-up after its case's latest timestamp without moving the clock there", () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    const clock = new HybridClock('dev-a', null, () => now);
    const ahead = formatHlc({ wall: now + 3_600_000, counter: 999_999 }, 'dev-b');
    const followUp = clock.tick(ahead);
    expect(followUp > ahead).toBe(true);
    expect(followUp).toMatch(/^\d{15}:\d{6}:dev-a$/);
    expect(clock.tick(followUp) > followUp).toBe(true);
    // Another case keeps the wall clock.
    expect(hlcWallMs(clock.tick())).toBe(now);
    const mine = clock.tick();
    expect(clock.tick(formatHlc({ wall: 5, counter: 0 }, 'dev-b')) > mine).toBe(true);
  });

  it('keeps a node id that itself contains colons', () => {
    expect(parseHlc(formatHlc({ wall: 12, counter: 3 }, 'a:b:c'))).toEqual({ wall: 12, counter: 3, node: 'a:b:c' });
  });
});
