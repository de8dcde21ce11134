-- Insights (issue 11): the engagement rollup — per local day (in the company's time zone, setting Insights:TimeZone),
-- program and the departments of a pairing's two people: COMPLETED sessions held, feedback on them, lessons recorded.
-- engagement reads a period's sessions, feedback and lessons from here (a year is a few thousand rows) instead of from
-- the million-row tables; its pairing figures (status at the period's end, days ACTIVE) come from pairings and their
-- status history, which are small.
--
-- How it stays current (as the trend tables of 0011): statement triggers on sessions, session_feedback and lessons record
-- the UTC days of every row that appears, changes or disappears in insights.engagement_day_changes, in the writer's
-- transaction; insights.refresh_engagement_days(time_zone) claims them and recomputes only the local days they touch.
-- What re-files whole history — a person moving department, a pairing's people or program changing, TRUNCATE — forgets
-- the state, so the next refresh rebuilds. insights.rebuild_engagement_days(time_zone) recomputes every day. Both
-- compute with insights.compute_engagement_days, so a refreshed rollup and a rebuilt one hold the same numbers.

CREATE TABLE insights.engagement_days (
    day                  date    NOT NULL,
    program_id           bigint  NOT NULL,
    senior_department_id bigint  NULL,
    junior_department_id bigint  NULL,
    sessions_held        integer NOT NULL,
    feedback_count       integer NOT NULL,
    feedback_rating_sum  integer NOT NULL,
    lessons              integer NOT NULL,
    CONSTRAINT engagement_days_counts_not_negative CHECK (sessions_held >= 0 AND feedback_count >= 0 AND feedback_rating_sum >= 0 AND lessons >= 0)
);

COMMENT ON TABLE insights.engagement_days IS 'Per local day (Insights:TimeZone), program and the departments of the pairing''s senior and junior (as they are when the day is computed): COMPLETED sessions that occurred that day, the feedback on them, lessons recorded that day. Only combinations with something to count have a row.';
COMMENT ON COLUMN insights.engagement_days.sessions_held IS 'Sessions with occurred_at on the day (occurred_at is set exactly when COMPLETED).';
COMMENT ON COLUMN insights.engagement_days.feedback_count IS 'Feedback rows on those sessions (filed under the session''s day, not the feedback''s).';
COMMENT ON COLUMN insights.engagement_days.feedback_rating_sum IS 'The sum of their ratings (1 to 5): average = sum / count.';
COMMENT ON COLUMN insights.engagement_days.lessons IS 'Lessons with created_at on the day.';

-- One row per combination (a NULL department is a value of its own). A period's rows are a range of this index.
CREATE UNIQUE INDEX engagement_days_key ON insights.engagement_days (day, program_id, senior_department_id, junior_department_id) NULLS NOT DISTINCT;

CREATE TABLE insights.engagement_day_changes (
    day date PRIMARY KEY
);

COMMENT ON TABLE insights.engagement_day_changes IS 'UTC days with a held session, feedback or lesson written, changed or deleted since the last refresh: the local days insights.refresh_engagement_days recomputes.';

CREATE TABLE insights.engagement_day_state (
    one          boolean     PRIMARY KEY DEFAULT true CHECK (one),
    time_zone    text        NOT NULL,
    rebuilt_at   timestamptz NOT NULL,
    refreshed_at timestamptz NULL
);

COMMENT ON TABLE insights.engagement_day_state IS 'The time zone the rollup was computed in (one row once built): no row, or another zone, makes the next refresh rebuild.';

-- Recompute the given local days: delete their rows, insert them anew. Sessions are read through sessions_occurred_at_id
-- (0004), lessons through lessons_created_at_id (0005), feedback through its (session_id, author_id) key.
CREATE FUNCTION insights.compute_engagement_days(p_days date[], p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM insights.engagement_days WHERE day = ANY (p_days);

    INSERT INTO insights.engagement_days (day, program_id, senior_department_id, junior_department_id, sessions_held, feedback_count, feedback_rating_sum, lessons)
    WITH days AS (
        SELECT d AS day, d::timestamp AT TIME ZONE p_time_zone AS from_at, (d + 1)::timestamp AT TIME ZONE p_time_zone AS to_at
        FROM unnest(p_days) AS d
    ), held AS (
        SELECT dd.day, s.id, s.pairing_id
        FROM days dd JOIN sessions s ON s.occurred_at >= dd.from_at AND s.occurred_at < dd.to_at
    ), per_pairing AS (
        SELECT day, pairing_id, count(*) AS sessions_held, 0 AS feedback_count, 0 AS feedback_rating_sum, 0 AS lessons
        FROM held GROUP BY day, pairing_id
        UNION ALL
        SELECT h.day, h.pairing_id, 0, count(*), sum(f.rating), 0
        FROM held h JOIN session_feedback f ON f.session_id = h.id GROUP BY h.day, h.pairing_id
        UNION ALL
        SELECT dd.day, l.pairing_id, 0, 0, 0, count(*)
        FROM days dd JOIN lessons l ON l.created_at >= dd.from_at AND l.created_at < dd.to_at GROUP BY dd.day, l.pairing_id
    )
    SELECT x.day, p.program_id, sr.department_id, jr.department_id,
           sum(x.sessions_held)::integer, sum(x.feedback_count)::integer, sum(x.feedback_rating_sum)::integer, sum(x.lessons)::integer
    FROM per_pairing x
    JOIN pairings p ON p.id = x.pairing_id
    JOIN people sr ON sr.id = p.senior_id
    JOIN people jr ON jr.id = p.junior_id
    GROUP BY x.day, p.program_id, sr.department_id, jr.department_id;

    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;

COMMENT ON FUNCTION insights.compute_engagement_days(date[], text) IS 'Recomputes the rollup rows of the given local days in the time zone given; returns the rows written.';

-- The local days (in p_time_zone) that instants of the given UTC days fall in: at most two per UTC day.
CREATE FUNCTION insights.local_days_of_days(p_days date[], p_time_zone text) RETURNS date[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT local_day::date), '{}')
    FROM unnest(p_days) AS d,
         LATERAL (VALUES ((d::timestamp AT TIME ZONE 'UTC') AT TIME ZONE p_time_zone),
                         (((d + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond') AT TIME ZONE p_time_zone)) AS edge(local_day)
$$;

-- Recomputes every day from the first held session or lesson to the last, in the time zone given.
CREATE FUNCTION insights.rebuild_engagement_days(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    first_at timestamptz;
    last_at timestamptz;
    days date[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.engagement_days'));
    DELETE FROM insights.engagement_day_changes;
    DELETE FROM insights.engagement_days;

    SELECT min(at), max(at) INTO first_at, last_at FROM (
        SELECT min(occurred_at) AS at FROM sessions WHERE occurred_at IS NOT NULL
        UNION ALL SELECT max(occurred_at) FROM sessions WHERE occurred_at IS NOT NULL
        UNION ALL SELECT min(created_at) FROM lessons
        UNION ALL SELECT max(created_at) FROM lessons
    ) edges;

    days := '{}';
    IF first_at IS NOT NULL THEN
        SELECT array_agg(d::date) INTO days
        FROM generate_series(date_trunc('day', first_at AT TIME ZONE p_time_zone), last_at AT TIME ZONE p_time_zone, interval '1 day') AS d;
        PERFORM insights.compute_engagement_days(days, p_time_zone);
    END IF;

    INSERT INTO insights.engagement_day_state (one, time_zone, rebuilt_at, refreshed_at) VALUES (true, p_time_zone, now(), now())
    ON CONFLICT (one) DO UPDATE SET time_zone = excluded.time_zone, rebuilt_at = excluded.rebuilt_at, refreshed_at = excluded.refreshed_at;
    RETURN cardinality(days);
END $$;

COMMENT ON FUNCTION insights.rebuild_engagement_days(text) IS 'Empties the engagement rollup and recomputes every day in the time zone given (mentorgraph trends rebuild). Returns the days computed.';

-- Recomputes the local days touched since the last refresh; a rebuild when the rollup was computed in another time zone,
-- or never, or its state was forgotten. One at a time (as the trend tables: a transaction-level advisory lock). Returns
-- the days recomputed.
CREATE FUNCTION insights.refresh_engagement_days(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    days date[];
    local_days date[];
    computed_in text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.engagement_days'));
    SELECT time_zone INTO computed_in FROM insights.engagement_day_state;
    IF computed_in IS DISTINCT FROM p_time_zone THEN
        RETURN insights.rebuild_engagement_days(p_time_zone);
    END IF;

    WITH claimed AS (DELETE FROM insights.engagement_day_changes RETURNING day)
    SELECT array_agg(day) INTO days FROM claimed;
    IF days IS NULL THEN
        RETURN 0;
    END IF;

    local_days := insights.local_days_of_days(days, p_time_zone);
    PERFORM insights.compute_engagement_days(local_days, p_time_zone);
    UPDATE insights.engagement_day_state SET refreshed_at = now();
    RETURN cardinality(local_days);
END $$;

COMMENT ON FUNCTION insights.refresh_engagement_days(text) IS 'Recomputes the local days of the UTC days in engagement_day_changes (and empties it); a rebuild when the rollup was computed in another time zone or its state was forgotten. Returns the days recomputed.';

-- The change triggers: statement-level with transition tables (a COPY of a million sessions records each day once).
-- Sessions: a row counts when it has occurred (before or after the change); an update only when occurred_at or the
-- pairing changed (a session's other updates leave the rollup as it is).
CREATE FUNCTION insights.engagement_sessions_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (occurred_at AT TIME ZONE 'UTC')::date FROM new_rows WHERE occurred_at IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_sessions_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (occurred_at AT TIME ZONE 'UTC')::date FROM old_rows WHERE occurred_at IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_sessions_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.occurred_at), (n.occurred_at)) AS edge(at)
    WHERE (o.occurred_at, o.pairing_id) IS DISTINCT FROM (n.occurred_at, n.pairing_id)
      AND edge.at IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

-- Feedback is filed under its session's day (a deleted session's feedback goes with it, its day recorded by the
-- session's trigger). Feedback is never updated.
CREATE FUNCTION insights.engagement_feedback_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (s.occurred_at AT TIME ZONE 'UTC')::date
    FROM changed_rows f JOIN sessions s ON s.id = f.session_id
    WHERE s.occurred_at IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_lessons_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM new_rows
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_lessons_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM old_rows
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_lessons_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.engagement_day_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.created_at), (n.created_at)) AS edge(at)
    WHERE (o.created_at, o.pairing_id) IS DISTINCT FROM (n.created_at, n.pairing_id)
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

-- What re-files rows across departments or programs — a person's department, a pairing's people or program — forgets
-- the state, so the next refresh rebuilds (rare: the rows stay, a minute stale, until then).
CREATE FUNCTION insights.engagement_people_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.department_id IS DISTINCT FROM n.department_id) THEN
        DELETE FROM insights.engagement_day_state;
    END IF;

    RETURN NULL;
END $$;

CREATE FUNCTION insights.engagement_pairings_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.program_id, o.senior_id, o.junior_id) IS DISTINCT FROM (n.program_id, n.senior_id, n.junior_id)) THEN
        DELETE FROM insights.engagement_day_state;
    END IF;

    RETURN NULL;
END $$;

-- TRUNCATE (seed --force) fires no row or DELETE trigger: it empties the rollup and forgets the state, so the next
-- refresh rebuilds.
CREATE FUNCTION insights.engagement_source_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.engagement_days;
    DELETE FROM insights.engagement_day_changes;
    DELETE FROM insights.engagement_day_state;
    RETURN NULL;
END $$;

CREATE TRIGGER sessions_engagement_inserted AFTER INSERT ON sessions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_sessions_inserted();
CREATE TRIGGER sessions_engagement_updated AFTER UPDATE ON sessions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_sessions_updated();
CREATE TRIGGER sessions_engagement_deleted AFTER DELETE ON sessions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_sessions_deleted();

CREATE TRIGGER session_feedback_engagement_inserted AFTER INSERT ON session_feedback
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_feedback_changed();
CREATE TRIGGER session_feedback_engagement_deleted AFTER DELETE ON session_feedback
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_feedback_changed();

CREATE TRIGGER lessons_engagement_inserted AFTER INSERT ON lessons
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_lessons_inserted();
CREATE TRIGGER lessons_engagement_updated AFTER UPDATE ON lessons
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_lessons_updated();
CREATE TRIGGER lessons_engagement_deleted AFTER DELETE ON lessons
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_lessons_deleted();

CREATE TRIGGER people_engagement_updated AFTER UPDATE ON people
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_people_updated();
CREATE TRIGGER pairings_engagement_updated AFTER UPDATE ON pairings
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_pairings_updated();

CREATE TRIGGER sessions_engagement_truncated AFTER TRUNCATE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_source_truncated();
CREATE TRIGGER session_feedback_engagement_truncated AFTER TRUNCATE ON session_feedback
    FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_source_truncated();
CREATE TRIGGER lessons_engagement_truncated AFTER TRUNCATE ON lessons
    FOR EACH STATEMENT EXECUTE FUNCTION insights.engagement_source_truncated();
