import type { z } from 'zod';

/**
 * One call of the API: its input validator and (type-only) output.
 * `doc` is shown in generated docs and error messages.
 */
/**
 * Who may make a call. `visitor`: anyone the shell answers (content, visit logging,
 * app info). `staff`: needs a staff or admin session (packs, system health).
 * `admin`: needs an admin session (statistics, export, settings, audit).
 */
export type Access = 'visitor' | 'staff' | 'admin';

export type CallSpec<I extends z.ZodType = z.ZodType, O = unknown> = Readonly<{
  /** Who may make this call; the dispatcher checks it once for both transports. */
  access: Access;
  input: I;
  doc: string;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}>;

/** Declares a call; `O` is the output type the handler must return. */
export const defineCall =
  <O>() =>
  <I extends z.ZodType>(access: Access, input: I, doc: string): CallSpec<I, O> => ({ access, input, doc });

/** Declares a main→renderer event with its payload validator. */
export type EventSpec<P extends z.ZodType = z.ZodType> = Readonly<{ payload: P; doc: string }>;

/** Declares an event. */
export const defineEvent = <P extends z.ZodType>(payload: P, doc: string): EventSpec<P> => ({
  payload,
  doc,
});
