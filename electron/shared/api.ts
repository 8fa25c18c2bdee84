import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/**
 * The API the renderer sees, whichever shell hosts it. The preload exposes exactly
 * this shape on `window.kiosk`; the web client implements it over HTTP.
 */
export type KioskApi = Readonly<{
  /** Calls the core; never rejects: failures come back as `{ ok: false }`. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  /** Fire-and-forget call for hot paths (visit logging): no answer awaited. */
  send<K extends CallName>(name: K, input: CallInput<K>): void;
  /** Subscribes to a core event; returns the unsubscribe function. */
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
}>;
