/** What counts as someone at the counter: any key, click, touch, wheel or pointer move. */
const activity = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without activity on `target`; any activity starts the count
 * again. Returns the function that stops watching.
 */
export function watchIdle(target: EventTarget, minutes: number, onIdle: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, minutes * 60_000);
  };
  for (const type of activity) target.addEventListener(type, arm, { passive: true });
  arm();
  return () => {
    clearTimeout(timer);
    for (const type of activity) target.removeEventListener(type, arm);
  };
}
