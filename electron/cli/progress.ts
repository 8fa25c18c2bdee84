/** Reports progress of a long job on a stream. */
export type Progress = Readonly<{ update(done: number, total: number): void; finish(done: number, total: number): void }>;

const WIDTH = 30;
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A progress bar redrawn in place on a TTY; plain lines (every 10 %) when the
 * stream is a pipe or a file, so logs stay readable.
 */
export const createProgress = (stream: NodeJS.WriteStream, label: string): Progress => {
  const tty = Boolean(stream.isTTY);
  let lastDecile = -1;
  const line = (done: number, total: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(ratio * 100)}% ${fmt(done)}/${fmt(total)} rows`;
  };
  return {
    update(done, total) {
      if (tty) {
        stream.write(`\r${line(done, total)}`);
        return;
      }
      const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${line(done, total)}\n`);
      }
    },
    finish(done, total) {
      if (tty) stream.write(`\r${line(done, total)}\n`);
      else if (lastDecile < 10) stream.write(`${line(done, total)}\n`);
    },
  };
};
