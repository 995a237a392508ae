import type { z } from 'zod';
import type { Result } from '../result.js';

/** One API method: a zod schema for its input and (as a type only) its result. */
export type Method<I extends z.ZodType, R> = { input: I; result?: R };
export const method = <R>() => <I extends z.ZodType>(input: I): Method<I, R> => ({ input });

type AnyMethod = Method<z.ZodType, unknown>;
export type InputOf<M> = M extends Method<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<M> = M extends Method<infer I, unknown> ? z.output<I> : never;
export type ResultOf<M> = M extends Method<z.ZodType, infer R> ? R : never;

/** The client side of a contract: what window.desk and the HTTP client expose. */
export type ClientOf<C extends Record<string, AnyMethod>> = {
  [K in keyof C]: (input: InputOf<C[K]>) => Promise<Result<ResultOf<C[K]>>>;
};

/** The server side: handlers get parsed input and return the value (or throw DeskError). */
export type HandlersOf<C extends Record<string, AnyMethod>> = {
  [K in keyof C]: (input: ParsedInputOf<C[K]>) => Promise<ResultOf<C[K]>> | ResultOf<C[K]>;
};
