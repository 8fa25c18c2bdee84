import { report } from '../bench-report';

/** One printed figure; without a goal it is only information. */
export type Figure = Readonly<{ label: string; value: string; goal?: Readonly<{ ok: boolean; text: string }> }>;

/** A figure with a goal: PASS when `ok`. */
export const figure = (label: string, value: string | number, ok: boolean, goal: string): Figure => ({
  label,
  value: typeof value === 'number' ? value.toLocaleString('en-US') : value,
  goal: { ok, text: goal },
});

/** Prints the figures with bench-report's `report()`; true when none missed its goal. */
export const printFigures = (figures: readonly Figure[]): boolean => {
  for (const f of figures) report(f.label, f.value, f.goal);
  return figures.every((f) => f.goal?.ok !== false);
};
