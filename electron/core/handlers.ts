import type { CallName, CallOutput, ParsedInput } from '../shared/contract';

/**
 * Who is calling. `sessionToken` is what the transport received (header or IPC
 * argument), unchecked. `session` is filled by the dispatcher, for staff and admin
 * calls only, once it has checked the token: handlers trust it, never the token.
 * `pageId` identifies one renderer page load.
 */
export type CallContext = Readonly<{
  transport: 'ipc' | 'http';
  sessionToken?: string;
  session?: Readonly<{ id: string; role: 'staff' | 'admin' }>;
  /** One renderer page load, issued by the shell (web: HttpOnly cookie; Electron: webContents id + load count); visits belong to it. */
  pageId?: string;
}>;

/** The handler of one call: gets validated input, returns (or resolves to) the output. */
export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  ctx: CallContext,
) => CallOutput<K> | Promise<CallOutput<K>>;

/** Handlers for a subset of calls (one domain). */
export type HandlerMap<K extends CallName = CallName> = { [N in K]: Handler<N> };

/** Handlers for every call in the contract. */
export type AllHandlers = HandlerMap<CallName>;
