import type { z } from 'zod';
import { api, type ApiMethod } from '../../../shared/api/index.js';
import { unstorableTextPaths } from '../../../shared/domain/events.js';
import { DeskError, type DeskErrorValue, type Result } from '../../../shared/result.js';
import type { DeskServices } from '../open-desk.js';
import { deskHandlers } from './index.js';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

const fieldsOf = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.path.join('.') || '(input)'))];

/**
 * The one door into the core for IPC and HTTP alike: validates the input against the contract
 * (and every text in it: no NUL, no half characters), runs the handler, and turns every failure
 * into an error value in the desk's language.
 * Nothing is written unless the input is valid.
 */
export function createDispatch(services: DeskServices, log: (e: unknown) => void = console.error): Dispatch {
  const { desk } = services;
  const handlers = deskHandlers(services) as Record<ApiMethod, (input: unknown) => unknown>;
  const fail = (e: DeskError): { ok: false; error: DeskErrorValue } => {
    const t = desk.t();
    const approve = e.extra.approve?.map((a) => t.t(`terms:approval.${a}`, { defaultValue: a })).join(', ');
    const params = { ...e.params, ...(e.extra.fields ? { fields: e.extra.fields.join(', ') } : {}), ...(approve ? { what: approve } : {}) };
    return { ok: false, error: { code: e.code, message: t.t(`errors:${e.code}`, params), ...e.extra } };
  };
  return async (method, input) => {
    if (!Object.hasOwn(api, method)) return fail(new DeskError('invalid_input', {}, { fields: ['method'] }));
    const parsed = api[method as ApiMethod].input.safeParse(input ?? {});
    if (!parsed.success) return fail(new DeskError('invalid_input', {}, { fields: fieldsOf(parsed.error) }));
    const unstorable = unstorableTextPaths(parsed.data);
    if (unstorable.length) return fail(new DeskError('invalid_input', {}, { fields: unstorable.map((path) => path.join('.')) }));
    try {
      return { ok: true, value: await handlers[method as ApiMethod](parsed.data) };
    } catch (e) {
      if (e instanceof DeskError) return fail(e);
      log(e);
      return fail(new DeskError('internal'));
    }
  };
}
