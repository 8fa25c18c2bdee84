import type { z } from 'zod';

/**
 * One call of the API: its input validator and (type-only) output.
 * `doc` is shown in generated docs and error messages.
 */
export type CallSpec<I extends z.ZodType = z.ZodType, O = unknown> = Readonly<{
  input: I;
  doc: string;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}>;

/** Declares a call; `O` is the output type the handler must return. */
export const defineCall = <O>() =>
  <I extends z.ZodType>(input: I, doc: string): CallSpec<I, O> => ({ input, doc });

/** Declares a main→renderer event with its payload validator. */
export type EventSpec<P extends z.ZodType = z.ZodType> = Readonly<{ payload: P; doc: string }>;

/** Declares an event. */
export const defineEvent = <P extends z.ZodType>(payload: P, doc: string): EventSpec<P> => ({
  payload,
  doc,
});
