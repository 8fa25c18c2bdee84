import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../core/event-bus';
import { uncachedHeaders } from '../shared/http-policy';

/** Forwards core events to a browser as Server-Sent Events until it disconnects. */
export const streamEvents = (req: IncomingMessage, res: ServerResponse, bus: EventBus): void => {
  res.writeHead(200, { ...uncachedHeaders('text/event-stream; charset=utf-8'), Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = bus.subscribe((event) => {
    res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  });
  // Comments keep idle proxies and the browser from timing the stream out.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('error', stop);
};
