/**
 * Whether a write failure is about the data itself (a "poison" row that will
 * fail again however often it is retried) rather than about the disk or the
 * database file (full, I/O error, locked, read-only…), which may heal.
 */
export const isPoisonError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error instanceof TypeError || error instanceof RangeError;
  return code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG' || code === 'SQLITE_RANGE';
};

/** The SQLite error code of an error (`SQLITE_FULL`…), or its message. */
export const errorCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
};
