/**
 * Reads a secret line from a terminal without echo (raw mode: each key read,
 * nothing printed but the prompt), or plain lines when stdin is piped (scripts, tests).
 */

/**
 * Reads `prompts.length` lines from a terminal in raw mode (nothing echoed), one
 * per prompt. Keys typed ahead (two lines in one chunk) carry over to the next line.
 */
const readHiddenLines = (stdin: NodeJS.ReadStream, stderr: NodeJS.WritableStream, prompts: readonly string[]): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const lines: string[] = [];
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stderr.write(prompts[0] ?? '');
    const finish = (error: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      if (error) reject(error);
      else resolve(lines);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003' || char === '\u0004') return finish(new Error('cancelled'));
        if (char === '\r' || char === '\n') {
          stderr.write('\n');
          lines.push(typed);
          typed = '';
          if (lines.length === prompts.length) return finish(null);
          stderr.write(prompts[lines.length] ?? '');
        } else if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });

const readPipedLines = async (stdin: NodeJS.ReadStream): Promise<string[]> => {
  let text = '';
  for await (const chunk of stdin) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length > 1000) break;
  }
  return text.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
};

/** The secret typed twice (a TTY), or the first piped line; throws when the two differ or none came. */
export const readSecretTwice = async (
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WritableStream,
  prompt: string,
  again: string,
): Promise<string> => {
  if (stdin.isTTY) {
    const [first = '', second] = await readHiddenLines(stdin, stderr, [prompt, again]);
    if (first !== second) throw new Error('the two entries differ; nothing changed');
    return first;
  }
  const [first, second] = await readPipedLines(stdin);
  if (first === undefined || first === '') throw new Error('no PIN on stdin');
  if (second !== undefined && second !== '' && second !== first) throw new Error('the two lines on stdin differ; nothing changed');
  return first;
};
