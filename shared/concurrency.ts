/** Refused by a `limitConcurrency` queue that is full: as many tasks run and wait as it takes. */
export class QueueFull extends Error {
  constructor() {
    super('As many tasks run and wait as the queue takes.');
    this.name = 'QueueFull';
  }
}

/**
 * Runs tasks at most `running` at a time; up to `waiting` more wait their turn, first come first
 * served; one more is refused at once (`QueueFull`) rather than waiting without end. A task that
 * fails frees its place as one that succeeds does.
 */
export function limitConcurrency({ running, waiting }: { running: number; waiting: number }) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < running) active++;
    else if (queue.length < waiting) await new Promise<void>((resolve) => queue.push(resolve));
    else throw new QueueFull();
    try {
      return await task();
    } finally {
      // The place goes straight to the first waiting, so a task arriving meanwhile cannot take it.
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
