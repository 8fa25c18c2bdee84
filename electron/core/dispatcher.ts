import { accessOf, calls, isCallName, type CallName, type CallOutput } from '../shared/contract';
import { err, ok, KioskFailure, type Result } from '../shared/result';
import { firstIssue } from '../shared/zod-issues';
import type { AccessGuard, CallSession } from './admin/access-guard';
import type { AllHandlers, CallContext, Handler } from './handlers';

/** Logs a failure that is not the caller's fault. */
export type ErrorSink = (message: string, error: unknown) => void;

/** Dispatches a raw call by name: validates the input, runs the handler, wraps the answer. */
export type Dispatch = (name: string, rawInput: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/** With no guard every staff and admin call is refused: the dispatcher fails closed. */
const NO_SESSIONS: AccessGuard = {
  authorize: (name, need) => {
    throw new KioskFailure('unauthorized', `${name} needs a ${need} session`);
  },
  record: () => undefined,
};

const asEnvelope = (error: KioskFailure) => err(error.code, error.message, error.field);

/**
 * Builds the one entry point both transports use. It never throws: unknown calls,
 * refused access, invalid input and handler failures all come back as error envelopes.
 * Access is checked before the input is even parsed, so a refused caller learns
 * nothing and costs nothing; visitor calls skip the check (no hashing, no database).
 */
export const createDispatcher = (handlers: AllHandlers, onError: ErrorSink, guard: AccessGuard = NO_SESSIONS): Dispatch =>
  async (name, rawInput, ctx) => {
    if (!isCallName(name)) return err('unknown-call', `unknown call "${name}"`);
    const need = accessOf(name);
    let session: CallSession | null = null;
    if (need !== 'visitor') {
      try {
        session = guard.authorize(name, need, ctx.sessionToken);
      } catch (error) {
        return error instanceof KioskFailure ? asEnvelope(error) : err('unauthorized', `${name}: access check failed`);
      }
    }
    // Only the dispatcher says who the session is: a transport cannot smuggle one in.
    const callCtx: CallContext = { ...ctx, session: session ?? undefined };
    const result = await run(handlers, name, rawInput, callCtx, onError);
    if (session) guard.record(name, session, rawInput, result);
    return result;
  };

const run = async (
  handlers: AllHandlers,
  name: CallName,
  rawInput: unknown,
  ctx: CallContext,
  onError: ErrorSink,
): Promise<Result<unknown>> => {
  const parsed = calls[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return err('invalid-input', `${name}: ${message}`, field);
  }
  try {
    const handler = handlers[name] as Handler<CallName>;
    const value: CallOutput<CallName> = await handler(parsed.data as never, ctx);
    return ok(value);
  } catch (error) {
    if (error instanceof KioskFailure) return asEnvelope(error);
    onError(`call ${name} failed`, error);
    return err('internal', `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
};
