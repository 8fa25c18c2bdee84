import type { z } from 'zod';

/** Renders a zod path as `chapters[2].hotspots[0].x`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');

/** The first issue of a failed parse, as a field path and a readable message. */
export const firstIssue = (error: z.ZodError): { field: string; message: string } => {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'invalid value' };
  const field = formatPath(issue.path);
  return { field, message: `${field || 'value'}: ${issue.message}` };
};
