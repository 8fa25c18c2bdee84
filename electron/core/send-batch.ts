import { MAX_SEND_BATCH } from '../shared/channels';
import { accessOf, isCallName } from '../shared/contract';
import { err, type Result } from '../shared/result';
import type { Dispatch } from './dispatcher';
import type { CallContext } from './handlers';

/** Why a whole batch was refused: `too-many` maps to HTTP 413, `not-array` to 400. */
export type BatchRefusal = Readonly<{ reason: 'not-array' | 'too-many'; error: Result<never> }>;

/**
 * The one rule for batched fire-and-forget calls, on both transports: an array
 * of at most MAX_SEND_BATCH `{ name, input }`, visitor calls only (a batch carries
 * no session, and a flood of privileged work must not hide in one request).
 * Checked whole before anything runs; then dispatched one by one in order (a
 * visit's start before its events), each answer index-aligned.
 */
export const dispatchSendBatch = async (
  dispatch: Dispatch,
  body: unknown,
  ctx: CallContext,
): Promise<Result<unknown>[] | BatchRefusal> => {
  if (!Array.isArray(body)) return { reason: 'not-array', error: err('invalid-input', 'send: body must be an array of { name, input }', 'body') };
  if (body.length > MAX_SEND_BATCH)
    return { reason: 'too-many', error: err('invalid-input', `send: ${body.length} calls in one batch, at most ${MAX_SEND_BATCH}`, 'body') };
  // Visitor calls never see a session: strip any that came along.
  const visitorCtx: CallContext = { transport: ctx.transport, ...(ctx.pageId === undefined ? {} : { pageId: ctx.pageId }) };
  const results: Result<unknown>[] = [];
  for (const [index, item] of (body as unknown[]).entries()) {
    const name = (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') {
      results.push(err('invalid-input', `send: item ${index} has no string "name"`, `${index}.name`));
    } else if (isCallName(name) && accessOf(name) !== 'visitor') {
      results.push(err('forbidden', `send: ${name} is not a visitor call; make it with call and a session`, `${index}.name`));
    } else {
      results.push(await dispatch(name, (item as { input?: unknown }).input ?? {}, visitorCtx));
    }
  }
  return results;
};

/** True when `outcome` refused the whole batch. */
export const isBatchRefusal = (outcome: Result<unknown>[] | BatchRefusal): outcome is BatchRefusal => !Array.isArray(outcome);
