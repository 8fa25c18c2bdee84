/**
 * SQL listing the distinct values of `column` (optionally under equality
 * conditions `fixed`, e.g. `AND chapter = :chapter`) by a loose index scan:
 * one index seek per value, however many rows share it. The statistics use it
 * to list chapters and languages (a handful) without reading every row, then
 * sum each one's range of an index ordered by (value, visit start) — no sort.
 * Needs an index whose leading columns are the `fixed` ones, then `column`.
 */
export const distinctValuesSql = (table: string, column: string, fixed = ''): string =>
  `WITH RECURSIVE k(v) AS (
     SELECT MIN(${column}) FROM ${table} WHERE 1 ${fixed}
     UNION ALL SELECT (SELECT MIN(${column}) FROM ${table} WHERE ${column} > k.v ${fixed}) FROM k WHERE k.v IS NOT NULL)
   SELECT v FROM k WHERE v IS NOT NULL`;
