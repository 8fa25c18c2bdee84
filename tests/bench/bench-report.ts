/** Small helpers every benchmark uses to print comparable figures. */

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
};

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Prints one figure with its goal and PASS/MISS, aligned for reading in a terminal. */
export const report = (label: string, value: string, goal?: { ok: boolean; text: string }): void => {
  const verdict = goal ? `  goal ${goal.text}  ${goal.ok ? 'PASS' : 'MISS'}` : '';
  process.stdout.write(`${label.padEnd(58)} ${value.padStart(14)}${verdict}\n`);
};
