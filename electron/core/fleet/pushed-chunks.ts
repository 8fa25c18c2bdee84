import { PassThrough } from 'node:stream';

/** Where a producer writes: resolves when the reader wants more, rejects once the reader is gone. */
export type ChunkWrite = (chunk: Buffer) => Promise<void>;

/**
 * Turns a writer that pushes chunks (the workbook writer, a zip) into chunks
 * pulled by the reader, with back-pressure: the producer waits while the
 * reader (an HTTP response, a file) is behind. When the reader stops early
 * (the browser went away) the producer's next write fails, so it stops too;
 * the generator ends only once the producer has settled, so whatever the
 * producer reads from (a database snapshot) is no longer in use then.
 */
export async function* pushedChunks(produce: (write: ChunkWrite) => Promise<unknown>): AsyncGenerator<Buffer> {
  const pass = new PassThrough();
  const write: ChunkWrite = (chunk) =>
    new Promise<void>((resolve, reject) => {
      if (pass.destroyed) return reject(new Error('the export was abandoned by its reader'));
      if (pass.write(chunk)) return resolve();
      const settle = () => {
        pass.off('drain', settle);
        pass.off('close', settle);
        if (pass.destroyed) reject(new Error('the export was abandoned by its reader'));
        else resolve();
      };
      pass.on('drain', settle);
      pass.on('close', settle);
    });
  const done = produce(write).then(
    () => void pass.end(),
    (error: unknown) => void pass.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  try {
    for await (const chunk of pass) yield chunk as Buffer;
  } finally {
    pass.destroy();
    await done;
  }
}
