/**
 * Fleet schema version 40: sync stages its COPY into shared UNLOGGED tables
 * and merges them with set-based joins, instead of handing the batch over as
 * composite arrays (measured: building, passing and unnesting the arrays cost
 * the sync more than the COPY itself).
 *
 * - fleet.stage_visits / fleet.stage_events: kiosks may INSERT (COPY) every
 *   column but `xact` and `role_name`, which their defaults fill with the
 *   inserting transaction and login role — so a staged row cannot be passed
 *   off as another session's. Nobody but the owner reads them. UNLOGGED: rows
 *   live only inside the transaction that staged them (no WAL for them).
 * - fleet.push_staged(backlog): the kiosks' new door. Same checks as
 *   push_batch (the caller's own kiosk id only, events only with their visit),
 *   then fleet.merge_staged() merges this transaction's staged rows and
 *   deletes them, together with anything the role staged and committed
 *   without merging (garbage a kiosk could otherwise pile up).
 * - merge_rows (the USB import, and push_batch for kiosks not yet upgraded)
 *   now stages its arrays and calls the same merge_staged: one merge path.
 * - Security: the definer reads only tables it owns, never the caller's
 *   session objects (a temp table can carry RLS policies or rules that would
 *   run the caller's code with the definer's rights).
 */
export const SCHEMA_0040 = String.raw`
CREATE UNLOGGED TABLE fleet.stage_visits (
  id uuid NOT NULL, kiosk_id text NOT NULL, started_at bigint NOT NULL, ended_at bigint, end_reason text, language text,
  pack_id text, pack_version text, last_interaction_at bigint,
  xact xid8 NOT NULL DEFAULT pg_current_xact_id(), role_name name NOT NULL DEFAULT session_user
);
CREATE UNLOGGED TABLE fleet.stage_events (
  id uuid NOT NULL, visit_id uuid NOT NULL, seq integer, at bigint, type text, chapter text, payload jsonb,
  xact xid8 NOT NULL DEFAULT pg_current_xact_id(), role_name name NOT NULL DEFAULT session_user
);

-- Merges this transaction's staged rows (events first: the visits' statement triggers roll them up with them).
CREATE FUNCTION fleet.merge_staged(OUT visits integer, OUT events integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE x xid8 := pg_current_xact_id(); month_start bigint;
BEGIN
  FOR month_start IN SELECT DISTINCT (extract(epoch FROM date_trunc('month', to_timestamp(s.started_at / 1000.0) AT TIME ZONE 'UTC')) * 1000)::bigint
                     FROM fleet.stage_visits s WHERE s.xact = x LOOP
    PERFORM fleet.ensure_month(month_start);
  END LOOP;
  INSERT INTO fleet.visit_events (id, visit_id, visit_started_at, kiosk_id, seq, at, type, chapter, payload)
    SELECT e.id, e.visit_id, v.started_at, v.kiosk_id, e.seq, e.at, e.type, e.chapter, e.payload
    FROM fleet.stage_events e JOIN fleet.stage_visits v ON v.id = e.visit_id AND v.xact = x
    WHERE e.xact = x
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS events = ROW_COUNT;
  -- Without the kiosk's last interaction (a USB bundle): its estimate, as the kiosk's migration 0080 makes it.
  INSERT INTO fleet.visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at)
    SELECT v.id, v.kiosk_id, v.started_at, v.ended_at, v.end_reason, v.language, v.pack_id, v.pack_version,
      coalesce(v.last_interaction_at, CASE WHEN v.end_reason = 'idle' THEN
        least(v.ended_at, greatest(v.started_at, v.ended_at - 110000,
          coalesce((SELECT max(e.at) FROM fleet.stage_events e WHERE e.xact = x AND e.visit_id = v.id AND e.at < v.ended_at - 1000), v.started_at)))
      ELSE v.ended_at END)
    FROM fleet.stage_visits v WHERE v.xact = x AND v.ended_at IS NOT NULL
    ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS visits = ROW_COUNT;
  DELETE FROM fleet.stage_events WHERE xact = x OR role_name = session_user;
  DELETE FROM fleet.stage_visits WHERE xact = x OR role_name = session_user;
END $fn$;

CREATE FUNCTION fleet.push_staged(backlog bigint, OUT visits integer, OUT events integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
DECLARE k text; x xid8 := pg_current_xact_id();
BEGIN
  SELECT kiosk_id INTO k FROM fleet.kiosks WHERE role_name = session_user;
  IF k IS NULL THEN
    RAISE EXCEPTION 'role % is not a registered kiosk', session_user USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM fleet.stage_visits s WHERE s.xact = x AND s.kiosk_id IS DISTINCT FROM k) THEN
    RAISE EXCEPTION 'kiosk % may only push its own rows', k USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM fleet.stage_events e WHERE e.xact = x
             AND NOT EXISTS (SELECT 1 FROM fleet.stage_visits v WHERE v.xact = x AND v.id = e.visit_id)) THEN
    RAISE EXCEPTION 'events must come with their visit' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT m.visits, m.events INTO visits, events FROM fleet.merge_staged() m;
  UPDATE fleet.kiosks SET last_seen_at = now(), backlog = push_staged.backlog WHERE kiosk_id = k;
END $fn$;

CREATE OR REPLACE FUNCTION fleet.merge_rows(v fleet.visit_row[], e fleet.event_row[], OUT visits integer, OUT events integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, fleet AS $fn$
BEGIN
  INSERT INTO fleet.stage_visits (id, kiosk_id, started_at, ended_at, end_reason, language, pack_id, pack_version, last_interaction_at)
    SELECT x.id, x.kiosk_id, x.started_at, x.ended_at, x.end_reason, x.language, x.pack_id, x.pack_version, x.last_interaction_at FROM unnest(v) x;
  INSERT INTO fleet.stage_events (id, visit_id, seq, at, type, chapter, payload)
    SELECT x.id, x.visit_id, x.seq, x.at, x.type, x.chapter, x.payload FROM unnest(e) x;
  SELECT m.visits, m.events INTO visits, events FROM fleet.merge_staged() m;
END $fn$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fleet FROM PUBLIC;
`;
