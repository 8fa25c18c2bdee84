/**
 * IPC channel names, free of any validator code: the sandboxed preload imports
 * only this, so it stays a few KB instead of bundling zod and every schema.
 */

/** Every IPC channel is namespaced `kiosk:`. */
export const CHANNEL_PREFIX = 'kiosk:';

/** Channel of one contract call: `kiosk:call:<name>`. */
export const callChannel = (name: string): string => `${CHANNEL_PREFIX}call:${name}`;

/** The one channel main→renderer events travel on. */
export const EVENT_CHANNEL = `${CHANNEL_PREFIX}event`;

/** Shape of a call name (`domain:verb-noun`); the main side still checks it is in the contract. */
export const looksLikeCallName = (name: string): boolean => /^[a-z]+:[a-z][a-z-]*$/.test(name);

/** The channel of batched fire-and-forget calls (visitor calls only): `[{ name, input }, …]`. */
export const SEND_CHANNEL = `${CHANNEL_PREFIX}send`;

/**
 * Most calls in one send batch, on both transports (`POST /api/send`, `kiosk:send`).
 * A visit's burst is a few dozen; more is refused whole, before any is dispatched.
 */
export const MAX_SEND_BATCH = 200;

/** HTTP header carrying the session token of a privileged call (`POST /api/call/<name>`). */
export const SESSION_HEADER = 'X-Kiosk-Session';
