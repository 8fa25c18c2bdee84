import type { CSSProperties } from 'react';

/** Props that make an element rise in as item `index` of its screen's stagger (styles/rise.css). */
export const rise = (index: number, className = ''): { className: string; style: CSSProperties } => ({
  className: `${className} rise`.trim(),
  style: { '--rise-index': index } as CSSProperties,
});
