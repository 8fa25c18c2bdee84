/** Reports progress of a long job on a stream. */
export type Progress = Readonly<{ update(fraction: number, rows: number): void; finish(rows: number): void }>;

const WIDTH = 30;
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * A progress bar redrawn in place on a TTY; plain lines (every 10 %) when the
 * stream is a pipe or a file, so logs stay readable.
 */
export const createProgress = (stream: NodeJS.WriteStream, label: string): Progress => {
  const tty = Boolean(stream.isTTY);
  let lastDecile = -1;
  const line = (fraction: number, rows: number) => {
    const ratio = Math.max(0, Math.min(1, fraction));
    const filled = Math.round(ratio * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(ratio * 100)}% ${fmt(rows)} rows`;
  };
  return {
    update(fraction, rows) {
      if (tty) {
        stream.write(`\r${line(fraction, rows)}`);
        return;
      }
      const decile = Math.floor(fraction * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${line(fraction, rows)}\n`);
      }
    },
    finish(rows) {
      if (tty) stream.write(`\r${line(1, rows)}\n`);
      else if (lastDecile < 10) stream.write(`${line(1, rows)}\n`);
    },
  };
};
