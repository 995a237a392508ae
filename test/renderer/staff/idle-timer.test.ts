import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../renderer/staff/idle-timer.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('idle lock timer', () => {
  it('fires once after the idle minutes; every key, click or pointer move starts the count again', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(target, 5, onIdle);
    vi.advanceTimersByTime(4 * 60_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    target.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stopped (signed out, or the minutes changed), it never fires and listens no more', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(target, 1, onIdle);
    stop();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
