import fs from 'node:fs';
import { Readable } from 'node:stream';
import { planFileResponse, uncachedHeaders } from '../shared/http-policy';
import { mimeType } from '../shared/mime';

/** A short plain-text answer (errors), with the shared security headers (electron/shared/http-policy.ts). */
export const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: uncachedHeaders('text/plain; charset=utf-8') });

/**
 * Answers an app:// request with a file, shaped by the shared policy (ranges,
 * headers). Streams the bytes rather than reading them whole: narration files are megabytes each.
 */
export const fileResponse = async (request: Request, file: string, cache: string): Promise<Response> => {
  const { size } = await fs.promises.stat(file);
  const plan = planFileResponse(
    { size, contentType: mimeType(file), cache },
    { range: request.headers.get('range') ?? undefined, head: request.method === 'HEAD' },
  );
  if (!plan.bytes) return new Response(null, { status: plan.status, headers: plan.headers });
  const body = Readable.toWeb(fs.createReadStream(file, plan.bytes)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: plan.status, headers: plan.headers });
};
