import type { ReactNode } from 'react';

type FigureListProps = Readonly<{ rows: ReadonlyArray<readonly [label: string, value: ReactNode, testId: string]> }>;

/** Label / value pairs of one System card, as a definition list screen readers read in pairs. */
export const FigureList = ({ rows }: FigureListProps) => (
  <dl className="system-figures">
    {rows.map(([label, value, testId]) => (
      <div key={testId} className="system-figures__row">
        <dt>{label}</dt>
        <dd data-testid={testId}>{value}</dd>
      </div>
    ))}
  </dl>
);
