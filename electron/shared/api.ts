import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/** Per-call options. */
export type CallOptions = Readonly<{
  /** Session token from `admin:sign-in` (HTTP header `X-Kiosk-Session`, IPC third argument). */
  session?: string;
}>;

/**
 * The API the renderer sees, whichever shell hosts it. The preload exposes exactly
 * this shape on `window.kiosk`; the web client implements it over HTTP.
 */
export type KioskApi = Readonly<{
  /**
   * Calls the core; never rejects: failures come back as `{ ok: false }`.
   * Staff and admin calls need `options.session`, the token `admin:sign-in` answered.
   */
  call<K extends CallName>(name: K, input: CallInput<K>, options?: CallOptions): Promise<Result<CallOutput<K>>>;
  /** Fire-and-forget call for hot paths (visit logging): visitor calls only, no answer awaited. */
  send<K extends CallName>(name: K, input: CallInput<K>): void;
  /** Subscribes to a core event; returns the unsubscribe function. */
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
}>;
