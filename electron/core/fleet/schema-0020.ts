/**
 * Fleet schema version 20: what the admin dashboard (`stats:dashboard`) needs,
 * rolled up by the database as visits arrive, so the fleet view reads
 * roll-ups, never the raw events.
 *
 * - visits.last_interaction_at: the kiosk's own value (sync sends it). A USB
 *   bundle does not carry it: merge_rows then estimates it from the events by
 *   the kiosk's rule (db/migrations/0080: an idle end's default tail of 110 s).
 * - fleet.daily_reach: per (kiosk, local day) visits started, past the hub,
 *   all five chapters, hub only, and the engaged / idle-tail sums.
 * - fleet.engaged_samples: one narrow row per visit (engaged ms): median and
 *   p75 cannot be summed. dwell_samples gains the engaged dwell (the chapter's
 *   dwell minus any idle tail after the last interaction) for its median / p75.
 * - fleet.daily_narrations: narration started / completed per chapter and the
 *   language the visit was in at that moment (its last language change before).
 * - The heat map (local weekday × hour) needs nothing new: daily_visits has day and hour.
 * Existing rows are rolled up again by re-inserting them through the trigger.
 */
export const SCHEMA_0020 = String.raw`
ALTER TABLE fleet.visits ADD COLUMN last_interaction_at bigint;
ALTER TYPE fleet.visit_row ADD ATTRIBUTE last_interaction_at bigint;
ALTER TABLE fleet.dwell_samples ADD COLUMN engaged_ms integer;

CREATE TABLE fleet.daily_reach (
  kiosk_id text NOT NULL, day integer NOT NULL,
  started integer NOT NULL, past_hub integer NOT NULL, all_five integer NOT NULL, hub_only integer NOT NULL,
  engaged_n integer NOT NULL, engaged_ms bigint NOT NULL, idle_tail_ms bigint NOT NULL,
  PRIMARY KEY (day, kiosk_id)
);
CREATE TABLE fleet.engaged_samples (kiosk_id text NOT NULL, day integer NOT NULL, engaged_ms bigint NOT NULL);
CREATE INDEX engaged_samples_by_day ON fleet.engaged_samples (day, engaged_ms);
CREATE TABLE fleet.daily_narrations (
  kiosk_id text NOT NULL, day integer NOT NULL, chapter text NOT NULL, language text NOT NULL,
  started integer NOT NULL, completed integer NOT NULL,
  PRIMARY KEY (day, kiosk_id, chapter, language)
);

CREATE OR REPLACE FUNCTION fleet.roll_up_visits() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE off bigint := (SELECT utc_offset_minutes FROM fleet.config WHERE id = 1)::bigint * 60000;
BEGIN
  INSERT INTO fleet.daily_visits AS d (kiosk_id, day, hour, language, end_reason, visits)
    SELECT kiosk_id, (started_at + off) / 86400000, ((started_at + off) / 3600000) % 24, language, end_reason, count(*)
    FROM new_visits GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (day, kiosk_id, hour, language, end_reason) DO UPDATE SET visits = d.visits + EXCLUDED.visits;
  -- One pass over the new visits' events feeds the chapter, dwell, reach and narration roll-ups.
  CREATE TEMP TABLE IF NOT EXISTS fleet_roll_ev (kiosk_id text, day integer, visit_id uuid, chapter text, type text,
    dwell integer, engaged integer, language text) ON COMMIT DROP;
  TRUNCATE fleet_roll_ev;
  INSERT INTO fleet_roll_ev
    SELECT v.kiosk_id, (v.started_at + off) / 86400000, e.visit_id, e.chapter, e.type,
      CASE WHEN e.type = 'chapter-closed' THEN (e.payload ->> 'dwellMs')::integer END,
      CASE WHEN e.type = 'chapter-closed' THEN greatest(0, (e.payload ->> 'dwellMs')::bigint - greatest(0, e.at - v.last_interaction_at))::integer END,
      CASE WHEN e.type IN ('narration-started', 'narration-completed') THEN coalesce(
        (SELECT l.payload ->> 'to' FROM fleet.visit_events l
         WHERE l.visit_id = e.visit_id AND l.visit_started_at = e.visit_started_at AND l.type = 'language-changed' AND l.seq < e.seq
         ORDER BY l.seq DESC LIMIT 1), v.language) END
    FROM new_visits v JOIN fleet.visit_events e ON e.visit_id = v.id AND e.visit_started_at = v.started_at
    WHERE e.chapter IS NOT NULL;
  INSERT INTO fleet.dwell_samples (kiosk_id, day, chapter, dwell_ms, engaged_ms)
    SELECT kiosk_id, day, chapter, dwell, engaged FROM fleet_roll_ev WHERE type = 'chapter-closed';
  INSERT INTO fleet.daily_chapters AS d (kiosk_id, day, chapter, opened, started, completed, dwell_n, dwell_sum)
    SELECT kiosk_id, day, chapter, count(*) FILTER (WHERE o), count(*) FILTER (WHERE s), count(*) FILTER (WHERE c), sum(dn), sum(ds)
    FROM (SELECT kiosk_id, day, chapter,
            bool_or(type = 'chapter-opened') AS o, bool_or(type = 'narration-started') AS s, bool_or(type = 'narration-completed') AS c,
            count(dwell) AS dn, coalesce(sum(dwell), 0) AS ds
          FROM fleet_roll_ev GROUP BY kiosk_id, day, visit_id, chapter) per_visit
    GROUP BY 1, 2, 3
  ON CONFLICT (day, kiosk_id, chapter) DO UPDATE SET
    opened = d.opened + EXCLUDED.opened, started = d.started + EXCLUDED.started, completed = d.completed + EXCLUDED.completed,
    dwell_n = d.dwell_n + EXCLUDED.dwell_n, dwell_sum = d.dwell_sum + EXCLUDED.dwell_sum;
  INSERT INTO fleet.daily_narrations AS d (kiosk_id, day, chapter, language, started, completed)
    SELECT kiosk_id, day, chapter, language, count(*) FILTER (WHERE s), count(*) FILTER (WHERE c)
    FROM (SELECT kiosk_id, day, visit_id, chapter, language,
            bool_or(type = 'narration-started') AS s, bool_or(type = 'narration-completed') AS c
          FROM fleet_roll_ev WHERE language IS NOT NULL GROUP BY 1, 2, 3, 4, 5) per_visit
    GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, kiosk_id, chapter, language) DO UPDATE SET
    started = d.started + EXCLUDED.started, completed = d.completed + EXCLUDED.completed;
  INSERT INTO fleet.engaged_samples (kiosk_id, day, engaged_ms)
    SELECT kiosk_id, (started_at + off) / 86400000, last_interaction_at - started_at FROM new_visits WHERE last_interaction_at IS NOT NULL;
  INSERT INTO fleet.daily_reach AS d (kiosk_id, day, started, past_hub, all_five, hub_only, engaged_n, engaged_ms, idle_tail_ms)
    SELECT v.kiosk_id, v.day, count(*), count(*) FILTER (WHERE k >= 1), count(*) FILTER (WHERE k >= 5), count(*) FILTER (WHERE k = 0),
      count(lia), coalesce(sum(lia - v.started_at), 0), coalesce(sum(v.ended_at - lia), 0)
    FROM (SELECT n.kiosk_id, (n.started_at + off) / 86400000 AS day, n.started_at, n.ended_at, n.last_interaction_at AS lia,
            coalesce(o.k, 0) AS k
          FROM new_visits n LEFT JOIN (SELECT visit_id, count(DISTINCT chapter) AS k FROM fleet_roll_ev
                                       WHERE type = 'chapter-opened' GROUP BY visit_id) o ON o.visit_id = n.id) v
    GROUP BY 1, 2
  ON CONFLICT (day, kiosk_id) DO UPDATE SET
    started = d.started + EXCLUDED.started, past_hub = d.past_hub + EXCLUDED.past_hub, all_five = d.all_five + EXCLUDED.all_five,
    hub_only = d.hub_only + EXCLUDED.hub_only, engaged_n = d.engaged_n + EXCLUDED.engaged_n,
    engaged_ms = d.engaged_ms + EXCLUDED.engaged_ms, idle_tail_ms = d.idle_tail_ms + EXCLUDED.idle_tail_ms;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION fleet.merge_rows(v fleet.visit_row[], e fleet.event_row[], OUT visits integer, OUT events integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE month_start bigint;
BEGIN
  FOR month_start IN SELECT DISTINCT (extract(epoch FROM date_trunc('month', to_timestamp(x.started_at / 1000.0) AT TIME ZONE 'UTC')) * 1000)::bigint
                     FROM unnest(v) x LOOP
    PERFORM fleet.ensure_month(month_start);
  END LOOP;
  INSERT INTO fleet.visit_events (id, visit_id, visit_started_at, kiosk_id, seq, at, type, chapter, payload)
    SELECT x.id, x.visit_id, y.started_at, y.kiosk_id, x.seq, x.at, x.type, x.chapter, x.payload
    FROM unnest(e) x JOIN unnest(v) y ON y.id = x.visit_id
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS events = ROW_COUNT;
  -- Without the kiosk's last interaction (a USB bundle): its estimate, as the kiosk's migration 0080 makes it.
  INSERT INTO fleet.visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at)
    SELECT x.id, x.kiosk_id, x.started_at, x.ended_at, x.end_reason, x.language, x.pack_id, x.pack_version,
      coalesce(x.last_interaction_at, CASE WHEN x.end_reason = 'idle' THEN
        least(x.ended_at, greatest(x.started_at, x.ended_at - 110000,
          coalesce((SELECT max(ee.at) FROM unnest(e) ee WHERE ee.visit_id = x.id AND ee.at < x.ended_at - 1000), x.started_at)))
      ELSE x.ended_at END)
    FROM unnest(v) x WHERE x.ended_at IS NOT NULL
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS visits = ROW_COUNT;
END $fn$;
REVOKE ALL ON FUNCTION fleet.merge_rows(fleet.visit_row[], fleet.event_row[]) FROM PUBLIC;

-- Roll everything already stored up again through the new trigger.
CREATE TEMP TABLE fleet_0020_visits ON COMMIT DROP AS SELECT * FROM fleet.visits;
UPDATE fleet_0020_visits v SET last_interaction_at = CASE WHEN v.end_reason = 'idle' THEN
    least(v.ended_at, greatest(v.started_at, v.ended_at - 110000,
      coalesce((SELECT max(e.at) FROM fleet.visit_events e WHERE e.visit_id = v.id AND e.at < v.ended_at - 1000), v.started_at)))
  ELSE v.ended_at END;
TRUNCATE fleet.visits, fleet.daily_visits, fleet.daily_chapters, fleet.dwell_samples;
INSERT INTO fleet.visits SELECT * FROM fleet_0020_visits;
`;
