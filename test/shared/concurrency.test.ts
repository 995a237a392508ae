import { expect, test } from 'vitest';
import { limitConcurrency, QueueFull } from '../../shared/concurrency.js';

/** A task that ends when told: `done()` resolves it, `fail()` rejects it. */
function held(log: string[], name: string) {
  let done!: () => void;
  let fail!: () => void;
  const ended = new Promise<string>((resolve, reject) => {
    done = () => resolve(name);
    fail = () => reject(new Error(`${name} failed`));
  });
  return { task: () => (log.push(name), ended), done, fail };
}

test('one at a time, two waiting in the order they came, a fourth refused; a failed task frees its place as a finished one does', async () => {
  const run = limitConcurrency({ running: 1, waiting: 2 });
  const log: string[] = [];
  const [a, b, c] = [held(log, 'a'), held(log, 'b'), held(log, 'c')];
  const [ra, rb, rc] = [run(a.task), run(b.task), run(c.task)];
  await expect(run(async () => 'd')).rejects.toBeInstanceOf(QueueFull);
  expect(log).toEqual(['a']);
  a.fail();
  await expect(ra).rejects.toThrow('a failed');
  expect(log).toEqual(['a', 'b']);
  // A task arriving now waits behind c: b's place goes to c when b ends.
  const e = held(log, 'e');
  const re = run(e.task);
  b.done();
  c.done();
  e.done();
  expect(await Promise.all([rb, rc, re])).toEqual(['b', 'c', 'e']);
  expect(log).toEqual(['a', 'b', 'c', 'e']);
  expect(await run(async () => 'f')).toBe('f');
});
