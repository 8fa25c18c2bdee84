/**
 * SQL expressions that encode a whole export line inside SQLite, so the
 * export loop receives one string per row instead of one JS value per cell:
 * row materialisation in better-sqlite3 was the bulk of the export's time.
 * The rules are those of docs/visit-log.md (and csv.ts in the visit log).
 */

/** Times: ISO-8601 UTC with milliseconds, by integer arithmetic (no float rounding). */
export const isoSql = (col: string): string =>
  `(strftime('%Y-%m-%dT%H:%M:%S', ${col} / 1000, 'unixepoch') || '.' || printf('%03d', ${col} % 1000) || 'Z')`;

/**
 * The same time as `format()` pieces: ISO_FORMAT goes into the format string,
 * isoFormatArgsSql(col) into its arguments (`dateSql`: the date part, when
 * the caller has a cheaper way to the same text). Cheaper than isoSql inside a
 * line built by one format() call: one date() and integer arithmetic, no
 * printf() and no intermediate strings.
 * Integer division and % give the UTC time of day only for times at or after
 * 1970: the visit log validates times to 2017 and later on the way in.
 */
export const ISO_FORMAT = '%sT%02d:%02d:%02d.%03dZ';
export const isoFormatArgsSql = (col: string, dateSql = `date(${col} / 1000, 'unixepoch')`): string =>
  `${dateSql}, ${col} / 3600000 % 24, ${col} / 60000 % 60, ${col} / 1000 % 60, ${col} % 1000`;

/** A nullable time: empty cell for NULL. */
export const isoOrEmptySql = (col: string): string => `CASE WHEN ${col} IS NULL THEN '' ELSE ${isoSql(col)} END`;

/**
 * A free-text CSV cell: a leading `'` when it starts with = + - @ tab CR or `'`
 * (spreadsheet formula injection), then RFC 4180 quoting when it holds a
 * quote, comma, CR or LF.
 */
export const csvTextSql = (col: string): string => {
  const neutral = `(CASE WHEN substr(${col}, 1, 1) IN ('=', '+', '-', '@', char(9), char(13), '''') THEN '''' || ${col} ELSE ${col} END)`;
  return `(CASE WHEN ${col} IS NULL THEN '' WHEN instr(${col}, '"') OR instr(${col}, ',') OR instr(${col}, char(13)) OR instr(${col}, char(10))
    THEN '"' || replace(${neutral}, '"', '""') || '"' ELSE ${neutral} END)`;
};

/** CSV line ending (RFC 4180). */
export const CRLF_SQL = `char(13, 10)`;
