import type { CallName, CallOutput, ParsedInput } from '../shared/contract';

/** Who is calling: lets handlers refuse admin calls from an unauthenticated renderer. */
export type CallContext = Readonly<{
  transport: 'ipc' | 'http';
  sessionToken?: string;
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
