/**
 * Fleet schema version 30: fleet-wide roll-ups, so the all-kiosk dashboard
 * reads a few thousand rows for a month however many kiosks and events.
 *
 * - fleet.all_visits: daily_visits without the kiosk (day × hour × language ×
 *   end reason). Per kiosk, a month of 200 kiosks is ~300 k rows; fleet-wide ~4 k.
 * - fleet.all_dwell_hist / fleet.all_engaged_hist: per-day histograms of the
 *   engaged chapter dwell and the visit's engaged time, in buckets of 1,024 ms
 *   (`ms >> 10`, a floor also for negatives). Percentiles stay EXACT: the
 *   histogram says which bucket holds the wanted rank and at which offset, and
 *   the value is then read from the sample table by the new (chapter,
 *   engaged_ms, day) index, a few thousand index entries instead of a sort of
 *   every sample in the window (electron/core/fleet/spread.ts). Bucket -1
 *   counts samples without a value (they count in n, not in the percentiles).
 * - Filtered views (kiosk, venue) keep reading the per-kiosk roll-ups.
 * - Kept by a second statement trigger on visits, fired after visits_roll_up
 *   (PostgreSQL fires triggers of one event in name order): it reads the
 *   events that trigger already extracted into fleet_roll_ev (this
 *   transaction's temp table), so the events are read once. Several kiosks
 *   update the same fleet-wide rows: rows are upserted in key order so two
 *   concurrent batches lock them in the same order and cannot deadlock.
 * Existing rows are rolled up from the existing roll-ups and samples.
 */
export const SCHEMA_0030 = String.raw`
CREATE TABLE fleet.all_visits (
  day integer NOT NULL, hour smallint NOT NULL, language text NOT NULL, end_reason text NOT NULL, visits integer NOT NULL,
  PRIMARY KEY (day, hour, language, end_reason)
);
CREATE TABLE fleet.all_dwell_hist (
  day integer NOT NULL, chapter text NOT NULL, bucket integer NOT NULL, n integer NOT NULL,
  PRIMARY KEY (day, chapter, bucket)
);
CREATE TABLE fleet.all_engaged_hist (
  day integer NOT NULL, bucket integer NOT NULL, n integer NOT NULL,
  PRIMARY KEY (day, bucket)
);
CREATE INDEX dwell_samples_by_value ON fleet.dwell_samples (chapter, engaged_ms, day);
CREATE INDEX engaged_samples_by_value ON fleet.engaged_samples (engaged_ms, day);

CREATE FUNCTION fleet.roll_up_fleet_wide() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE off bigint := (SELECT utc_offset_minutes FROM fleet.config WHERE id = 1)::bigint * 60000;
BEGIN
  INSERT INTO fleet.all_visits AS d (day, hour, language, end_reason, visits)
    SELECT (started_at + off) / 86400000, ((started_at + off) / 3600000) % 24, language, end_reason, count(*)
    FROM new_visits GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (day, hour, language, end_reason) DO UPDATE SET visits = d.visits + EXCLUDED.visits;
  INSERT INTO fleet.all_engaged_hist AS d (day, bucket, n)
    SELECT (started_at + off) / 86400000, (last_interaction_at - started_at) >> 10, count(*)
    FROM new_visits WHERE last_interaction_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, bucket) DO UPDATE SET n = d.n + EXCLUDED.n;
  -- fleet_roll_ev: this statement's events, extracted by fleet.roll_up_visits (schema 20), which fired first.
  INSERT INTO fleet.all_dwell_hist AS d (day, chapter, bucket, n)
    SELECT day, chapter, coalesce(engaged >> 10, -1), count(*)
    FROM pg_temp.fleet_roll_ev WHERE type = 'chapter-closed' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (day, chapter, bucket) DO UPDATE SET n = d.n + EXCLUDED.n;
  RETURN NULL;
END $fn$;
REVOKE ALL ON FUNCTION fleet.roll_up_fleet_wide() FROM PUBLIC;
CREATE TRIGGER visits_roll_up_wide AFTER INSERT ON fleet.visits
  REFERENCING NEW TABLE AS new_visits FOR EACH STATEMENT EXECUTE FUNCTION fleet.roll_up_fleet_wide();

INSERT INTO fleet.all_visits (day, hour, language, end_reason, visits)
  SELECT day, hour, language, end_reason, sum(visits) FROM fleet.daily_visits GROUP BY 1, 2, 3, 4;
INSERT INTO fleet.all_dwell_hist (day, chapter, bucket, n)
  SELECT day, chapter, coalesce(engaged_ms >> 10, -1), count(*) FROM fleet.dwell_samples GROUP BY 1, 2, 3;
INSERT INTO fleet.all_engaged_hist (day, bucket, n)
  SELECT day, engaged_ms >> 10, count(*) FROM fleet.engaged_samples GROUP BY 1, 2;
`;
