import { beforeAll, expect, test, vi } from 'vitest';
import { headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';
import { seedRegisterStores } from '../../../test/helpers/bg-claims.js';
import { pdfLimit } from '../../src/register/register-pages.js';

// The PDF threads stand in here: each holds its place until `finish` is called, so the test sees who runs and who waits.
const threads = vi.hoisted(() => {
  let finish = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return { started: 0, running: 0, most: 0, finished, finish: () => finish() };
});
vi.mock('../../../main/core/register/register-pdf-thread.js', () => ({
  renderRegisterPdf: async () => {
    threads.started++;
    threads.most = Math.max(threads.most, ++threads.running);
    await threads.finished;
    threads.running--;
    return new TextEncoder().encode('%PDF-1.7');
  },
}));

const ho = headOfficeAppForFile();
beforeAll(() => seedRegisterStores(ho.db));

test(`register PDFs: ${pdfLimit.running} made at once, ${pdfLimit.waiting} more wait their turn and are all made, one more is refused (503, Retry-After)`, async () => {
  const { headers } = await signedIn(ho.app, ho.db, 'administrator');
  const asked = pdfLimit.running + pdfLimit.waiting + 1;
  const answers: { statusCode: number; headers: Record<string, unknown>; json(): unknown }[] = [];
  const all = Promise.all(Array.from({ length: asked }, () =>
    ho.app.inject({ method: 'GET', url: '/register.pdf?store=SOF01&year=2026&lang=bg', headers }).then((res) => void answers.push(res))));
  // The one past the queue is answered at once, while the first two are still being made.
  await vi.waitFor(() => expect(answers).toHaveLength(1));
  expect([answers[0]!.statusCode, answers[0]!.headers['retry-after'], answers[0]!.json()]).toEqual([503, '10', { error: 'busy', message: expect.stringMatching(/try again in 10 seconds/) }]);
  expect([threads.started, threads.running]).toEqual([pdfLimit.running, pdfLimit.running]);

  threads.finish();
  await all;
  expect(answers.slice(1).map((res) => [res.statusCode, res.headers['content-type']])).toEqual(Array(asked - 1).fill([200, 'application/pdf']));
  expect([threads.started, threads.most]).toEqual([asked - 1, pdfLimit.running]);
  // Once they are made, the next PDF starts at once.
  expect((await ho.app.inject({ method: 'GET', url: '/register.pdf?store=SOF01&year=2026&lang=bg', headers })).statusCode).toBe(200);
});
