import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { planFileResponse } from '../shared/http-policy';
import { mimeType } from '../shared/mime';

/**
 * Streams a file over the web host, shaped by the shared policy
 * (electron/shared/http-policy.ts: headers, byte ranges). `cache` is a Cache-Control value.
 */
export const sendFile = async (req: IncomingMessage, res: ServerResponse, file: string, cache: string): Promise<void> => {
  const { size } = await fs.promises.stat(file);
  const plan = planFileResponse({ size, contentType: mimeType(file), cache }, { range: req.headers.range, head: req.method === 'HEAD' });
  res.writeHead(plan.status, plan.headers);
  if (!plan.bytes) {
    res.end();
    return;
  }
  try {
    await pipeline(fs.createReadStream(file, plan.bytes), res);
  } catch {
    // The client went away mid-stream (a visitor skipped the narration): nothing to do.
  }
};
