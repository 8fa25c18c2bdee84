/**
 * Fleet schema version 10: the merged visit log, its daily roll-ups and the
 * one door kiosks write through.
 *
 * - Times are epoch ms UTC (bigint), the kiosks' own convention, so the
 *   statistics bucket days exactly as a kiosk does and rows compare 1:1.
 * - visits and visit_events are partitioned by month of the VISIT's start
 *   (events carry it as visit_started_at): a dashboard window prunes both
 *   tables alike, and retention drops whole partitions. A primary key of a
 *   partitioned table must hold the partition key: (id, started_at) is unique
 *   per visit because a visit's start never changes once logged.
 * - Only closed visits are stored. A visit is inserted in the same transaction
 *   as its events, events first: the statement trigger on visits then rolls up
 *   the new visits with all their events, and a visit that was already there
 *   (ON CONFLICT DO NOTHING) is not in the transition table, so it is never
 *   counted twice — whether it came by sync or by USB import.
 * - Kiosks have no table privileges at all: they call fleet.push_batch
 *   (SECURITY DEFINER), which refuses rows of any kiosk but the caller's.
 */
export const SCHEMA_0010 = String.raw`
CREATE TABLE fleet.config (
  id smallint PRIMARY KEY CHECK (id = 1),
  utc_offset_minutes integer NOT NULL DEFAULT 480
);
INSERT INTO fleet.config (id) VALUES (1);

CREATE TABLE fleet.kiosks (
  kiosk_id     text PRIMARY KEY,
  role_name    text NOT NULL UNIQUE,
  venue        text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  backlog      bigint
);

CREATE TABLE fleet.visits (
  id           uuid   NOT NULL,
  kiosk_id     text   NOT NULL,
  started_at   bigint NOT NULL,
  ended_at     bigint NOT NULL,
  end_reason   text   NOT NULL,
  language     text   NOT NULL,
  pack_id      text   NOT NULL,
  pack_version text   NOT NULL,
  PRIMARY KEY (id, started_at)
) PARTITION BY RANGE (started_at);
CREATE INDEX visits_by_kiosk ON fleet.visits (kiosk_id, started_at);

CREATE TABLE fleet.visit_events (
  id               uuid   NOT NULL,
  visit_id         uuid   NOT NULL,
  visit_started_at bigint NOT NULL,
  kiosk_id         text   NOT NULL,
  seq              integer NOT NULL,
  at               bigint NOT NULL,
  type             text   NOT NULL,
  chapter          text,
  payload          jsonb  NOT NULL,
  PRIMARY KEY (id, visit_started_at)
) PARTITION BY RANGE (visit_started_at);
CREATE INDEX visit_events_by_visit ON fleet.visit_events (visit_id, seq);

-- Roll-ups by the fleet's local day (fleet.config.utc_offset_minutes), filled by trigger.
CREATE TABLE fleet.daily_visits (
  kiosk_id text NOT NULL, day integer NOT NULL, hour smallint NOT NULL,
  language text NOT NULL, end_reason text NOT NULL, visits integer NOT NULL,
  PRIMARY KEY (day, kiosk_id, hour, language, end_reason)
);
CREATE TABLE fleet.daily_chapters (
  kiosk_id text NOT NULL, day integer NOT NULL, chapter text NOT NULL,
  opened integer NOT NULL, started integer NOT NULL, completed integer NOT NULL,
  dwell_n integer NOT NULL, dwell_sum bigint NOT NULL,
  PRIMARY KEY (day, kiosk_id, chapter)
);
-- Medians cannot be summed: one narrow row per chapter-closed event.
CREATE TABLE fleet.dwell_samples (
  kiosk_id text NOT NULL, day integer NOT NULL, chapter text NOT NULL, dwell_ms integer NOT NULL
);
CREATE INDEX dwell_samples_by_day ON fleet.dwell_samples (day, chapter, dwell_ms);

CREATE TYPE fleet.visit_row AS (
  id uuid, kiosk_id text, started_at bigint, ended_at bigint, end_reason text,
  language text, pack_id text, pack_version text
);
CREATE TYPE fleet.event_row AS (
  id uuid, visit_id uuid, seq integer, at bigint, type text, chapter text, payload jsonb
);

-- Creates the month partitions of both tables holding epoch ms 'at' (idempotent, serialised).
CREATE FUNCTION fleet.ensure_month(at_ms bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE
  m date := date_trunc('month', to_timestamp(at_ms / 1000.0) AT TIME ZONE 'UTC')::date;
  lo bigint := (extract(epoch FROM m::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
  hi bigint := (extract(epoch FROM (m + interval '1 month')::timestamp AT TIME ZONE 'UTC') * 1000)::bigint;
  suffix text := to_char(m, '"y"YYYY"m"MM');
BEGIN
  IF to_regclass('fleet.visits_' || suffix) IS NOT NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('fleet.ensure_month'));
  IF to_regclass('fleet.visits_' || suffix) IS NOT NULL THEN RETURN; END IF;
  EXECUTE format('CREATE TABLE fleet.%I PARTITION OF fleet.visits FOR VALUES FROM (%s) TO (%s)', 'visits_' || suffix, lo, hi);
  EXECUTE format('CREATE TABLE fleet.%I PARTITION OF fleet.visit_events FOR VALUES FROM (%s) TO (%s)', 'visit_events_' || suffix, lo, hi);
END $fn$;

CREATE FUNCTION fleet.roll_up_visits() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE off bigint := (SELECT utc_offset_minutes FROM fleet.config WHERE id = 1)::bigint * 60000;
BEGIN
  INSERT INTO fleet.daily_visits AS d (kiosk_id, day, hour, language, end_reason, visits)
    SELECT kiosk_id, (started_at + off) / 86400000, ((started_at + off) / 3600000) % 24, language, end_reason, count(*)
    FROM new_visits GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (day, kiosk_id, hour, language, end_reason) DO UPDATE SET visits = d.visits + EXCLUDED.visits;
  WITH ev AS (
    SELECT v.kiosk_id, (v.started_at + off) / 86400000 AS day, e.visit_id, e.chapter, e.type, e.payload
    FROM new_visits v JOIN fleet.visit_events e ON e.visit_id = v.id AND e.visit_started_at = v.started_at
    WHERE e.chapter IS NOT NULL
  ), per_visit AS (
    SELECT kiosk_id, day, chapter,
      bool_or(type = 'chapter-opened') AS o, bool_or(type = 'narration-started') AS s, bool_or(type = 'narration-completed') AS c,
      count(*) FILTER (WHERE type = 'chapter-closed') AS dn,
      coalesce(sum((payload ->> 'dwellMs')::bigint) FILTER (WHERE type = 'chapter-closed'), 0) AS ds
    FROM ev GROUP BY kiosk_id, day, visit_id, chapter
  ), ins AS (
    INSERT INTO fleet.dwell_samples (kiosk_id, day, chapter, dwell_ms)
      SELECT kiosk_id, day, chapter, (payload ->> 'dwellMs')::integer FROM ev WHERE type = 'chapter-closed'
  )
  INSERT INTO fleet.daily_chapters AS d (kiosk_id, day, chapter, opened, started, completed, dwell_n, dwell_sum)
    SELECT kiosk_id, day, chapter, count(*) FILTER (WHERE o), count(*) FILTER (WHERE s), count(*) FILTER (WHERE c), sum(dn), sum(ds)
    FROM per_visit GROUP BY 1, 2, 3
  ON CONFLICT (day, kiosk_id, chapter) DO UPDATE SET
    opened = d.opened + EXCLUDED.opened, started = d.started + EXCLUDED.started, completed = d.completed + EXCLUDED.completed,
    dwell_n = d.dwell_n + EXCLUDED.dwell_n, dwell_sum = d.dwell_sum + EXCLUDED.dwell_sum;
  RETURN NULL;
END $fn$;
CREATE TRIGGER visits_roll_up AFTER INSERT ON fleet.visits
  REFERENCING NEW TABLE AS new_visits FOR EACH STATEMENT EXECUTE FUNCTION fleet.roll_up_visits();

-- Merges whole closed visits with their events; returns how many of each were new.
-- Not granted to kiosks (push_batch checks who calls); the import runs it as the fleet owner.
CREATE FUNCTION fleet.merge_rows(v fleet.visit_row[], e fleet.event_row[], OUT visits integer, OUT events integer)
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
  INSERT INTO fleet.visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version)
    SELECT x.id, x.kiosk_id, x.started_at, x.ended_at, x.end_reason, x.language, x.pack_id, x.pack_version
    FROM unnest(v) x WHERE x.ended_at IS NOT NULL
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS visits = ROW_COUNT;
END $fn$;

-- The kiosks' only door: the calling login role is mapped to its kiosk id and
-- every row must carry that id, or nothing of the batch is written.
CREATE FUNCTION fleet.push_batch(v fleet.visit_row[], e fleet.event_row[], backlog bigint, OUT visits integer, OUT events integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE k text;
BEGIN
  SELECT kiosk_id INTO k FROM fleet.kiosks WHERE role_name = session_user;
  IF k IS NULL THEN
    RAISE EXCEPTION 'role % is not a registered kiosk', session_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(v) x WHERE x.kiosk_id IS DISTINCT FROM k) THEN
    RAISE EXCEPTION 'kiosk % may only push its own rows', k USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(e) x WHERE NOT EXISTS (SELECT 1 FROM unnest(v) y WHERE y.id = x.visit_id)) THEN
    RAISE EXCEPTION 'events must come with their visit' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT m.visits, m.events INTO visits, events FROM fleet.merge_rows(v, e) m;
  UPDATE fleet.kiosks SET last_seen_at = now(), backlog = push_batch.backlog WHERE kiosk_id = k;
END $fn$;

-- A kiosk reporting in without rows (empty backlog), so last-seen stays current.
CREATE FUNCTION fleet.heartbeat(backlog bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
  UPDATE fleet.kiosks SET last_seen_at = now(), backlog = heartbeat.backlog WHERE role_name = session_user;
$fn$;

-- Retention: drops whole month partitions that end before the given epoch ms.
CREATE FUNCTION fleet.drop_months_before(before_ms bigint) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE r record; n integer := 0;
BEGIN
  FOR r IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
           WHERE i.inhparent = 'fleet.visits'::regclass LOOP
    IF (SELECT (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \(''?(\d+)'))[1]::bigint FROM pg_class c WHERE c.relname = r.relname AND c.relnamespace = 'fleet'::regnamespace) <= before_ms THEN
      EXECUTE format('DROP TABLE fleet.%I', r.relname);
      EXECUTE format('DROP TABLE IF EXISTS fleet.%I', replace(r.relname, 'visits_', 'visit_events_'));
      n := n + 1;
    END IF;
  END LOOP;
  RETURN n;
END $fn$;

-- Functions are executable by PUBLIC by default: only the roles granted below may call them.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fleet FROM PUBLIC;
`;
