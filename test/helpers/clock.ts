/** A wall clock a test moves by hand, injected as the desk's `now`. Noon UTC keeps the local day unambiguous. */
export function testClock(isoDay: string) {
  let t = Date.parse(`${isoDay}T12:00:00Z`);
  return {
    now: () => t,
    /** Jumps to noon of another day. */
    setDay: (day: string) => { t = Date.parse(`${day}T12:00:00Z`); },
    advance: (ms: number) => { t += ms; },
  };
}
