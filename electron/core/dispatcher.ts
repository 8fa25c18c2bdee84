import { calls, isCallName, type CallName, type CallOutput } from '../shared/contract';
import { err, ok, KioskFailure, type Result } from '../shared/result';
import { firstIssue } from '../shared/zod-issues';
import type { AllHandlers, CallContext, Handler } from './handlers';

/** Logs a failure that is not the caller's fault. */
export type ErrorSink = (message: string, error: unknown) => void;

/** Dispatches a raw call by name: validates the input, runs the handler, wraps the answer. */
export type Dispatch = (name: string, rawInput: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/**
 * Builds the one entry point both transports use. It never throws: unknown calls,
 * invalid input and handler failures all come back as error envelopes.
 */
export const createDispatcher = (handlers: AllHandlers, onError: ErrorSink): Dispatch =>
  async (name, rawInput, ctx) => {
    if (!isCallName(name)) return err('unknown-call', `unknown call "${name}"`);
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
      if (error instanceof KioskFailure) return err(error.code, error.message, error.field);
      onError(`call ${name} failed`, error);
      return err('internal', `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
