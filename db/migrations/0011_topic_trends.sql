-- Insights (issue 11): the trend tables — per topic per ISO week and per calendar month in the company's time zone
-- (setting Insights:TimeZone) — kept up to date incrementally, and rebuilt on demand (mentorgraph trends rebuild).
-- They live in the schema "insights" (derived data the application computes, not domain rows EF maps).
--
-- How they stay current: statement triggers on session_notes and lessons record the UTC days of every row whose
-- label (topic, direction) appears, changes or disappears in insights.topic_trend_changes — in the writer's
-- transaction, so no change is missed, whoever writes (the classification jobs, labelNote, a deleted note, a
-- lesson, COPY). insights.refresh_topic_trends(time_zone) claims those days and recomputes only the weeks and
-- months they fall in (all topics of such a period: a topic's share depends on the period's total).
-- insights.rebuild_topic_trends(time_zone) recomputes every period. Both compute a period with the same function,
-- insights.compute_topic_trends, so a refreshed table and a rebuilt one hold the same numbers.

CREATE SCHEMA insights;

COMMENT ON SCHEMA insights IS 'Derived aggregates for the insights API (trend tables); written only by the insights functions in this schema.';

CREATE TABLE insights.topic_trends (
    granularity  text             NOT NULL,
    period_start date             NOT NULL,
    topic_id     text             NOT NULL REFERENCES topics (id),
    notes        integer          NOT NULL,
    share        double precision NULL,
    upward       integer          NOT NULL,
    downward     integer          NOT NULL,
    mutual       integer          NOT NULL,
    lessons      integer          NOT NULL,
    people       integer          NOT NULL,
    CONSTRAINT topic_trends_pkey PRIMARY KEY (granularity, period_start, topic_id),
    CONSTRAINT topic_trends_granularity_known CHECK (granularity IN ('WEEK', 'MONTH')),
    CONSTRAINT topic_trends_directions_add_up CHECK (upward + downward + mutual = notes),
    CONSTRAINT topic_trends_counts_not_negative CHECK (notes >= 0 AND upward >= 0 AND downward >= 0 AND mutual >= 0 AND lessons >= 0 AND people > 0),
    CONSTRAINT topic_trends_share_range CHECK (share IS NULL OR (share > 0 AND share <= 1))
);

COMMENT ON TABLE insights.topic_trends IS 'Per topic per period (ISO week from Monday, or calendar month, in Insights:TimeZone): classified session notes (the effective label: a person''s wins over the model''s; PRIVATE notes count like any other) and lessons with that topic. Only topic-periods with a note or a lesson have a row; a missing row is zero.';
COMMENT ON COLUMN insights.topic_trends.period_start IS 'The local date the period starts: a Monday (WEEK) or the 1st (MONTH).';
COMMENT ON COLUMN insights.topic_trends.notes IS 'Classified session notes written (created_at) in the period with this topic.';
COMMENT ON COLUMN insights.topic_trends.share IS 'notes / all classified notes of the period; NULL when the period has lessons but no classified note.';
COMMENT ON COLUMN insights.topic_trends.upward IS 'Of notes: direction UPWARD (the junior taught the senior); downward and mutual likewise.';
COMMENT ON COLUMN insights.topic_trends.lessons IS 'Lessons recorded (created_at) in the period with this topic.';
COMMENT ON COLUMN insights.topic_trends.people IS 'Distinct people who wrote such a note, or taught or learned such a lesson, in the period.';
-- The primary key serves every read: one granularity, a range of periods, all topics.

CREATE TABLE insights.topic_trend_changes (
    day date PRIMARY KEY
);

COMMENT ON TABLE insights.topic_trend_changes IS 'UTC days (of created_at) with a labelled note or topical lesson written, relabelled or deleted since the last refresh: the periods insights.refresh_topic_trends recomputes.';

CREATE TABLE insights.topic_trend_state (
    one        boolean     PRIMARY KEY DEFAULT true CHECK (one),
    time_zone  text        NOT NULL,
    rebuilt_at timestamptz NOT NULL,
    refreshed_at timestamptz NULL
);

COMMENT ON TABLE insights.topic_trend_state IS 'The time zone the trend tables were computed in (one row once built): a refresh in another zone rebuilds them.';

-- Recompute the given periods of one granularity: delete their rows, insert them anew from session_notes and
-- lessons. Notes are read through session_notes_classified_created_at (0004), lessons through
-- lessons_created_at_id (0005), one range per period.
CREATE FUNCTION insights.compute_topic_trends(p_granularity text, p_starts date[], p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM insights.topic_trends WHERE granularity = p_granularity AND period_start = ANY (p_starts);

    INSERT INTO insights.topic_trends (granularity, period_start, topic_id, notes, share, upward, downward, mutual, lessons, people)
    WITH periods AS (
        SELECT s AS period_start,
               s::timestamp AT TIME ZONE p_time_zone AS from_at,
               (s + CASE p_granularity WHEN 'WEEK' THEN interval '7 days' ELSE interval '1 month' END)::timestamp
                   AT TIME ZONE p_time_zone AS to_at
        FROM unnest(p_starts) AS s
    ), labelled AS (
        SELECT p.period_start, n.topic_id, n.direction, n.author_id
        FROM periods p
        JOIN session_notes n ON n.created_at >= p.from_at AND n.created_at < p.to_at
        WHERE n.topic_id IS NOT NULL
    ), taught AS (
        SELECT p.period_start, l.topic_id, l.teacher_id, l.learner_id
        FROM periods p
        JOIN lessons l ON l.created_at >= p.from_at AND l.created_at < p.to_at
        WHERE l.topic_id IS NOT NULL
    ), note_counts AS (
        SELECT period_start, topic_id,
               count(*)::integer AS notes,
               count(*) FILTER (WHERE direction = 'UPWARD')::integer AS upward,
               count(*) FILTER (WHERE direction = 'DOWNWARD')::integer AS downward,
               count(*) FILTER (WHERE direction = 'MUTUAL')::integer AS mutual
        FROM labelled GROUP BY period_start, topic_id
    ), totals AS (
        SELECT period_start, count(*) AS notes FROM labelled GROUP BY period_start
    ), lesson_counts AS (
        SELECT period_start, topic_id, count(*)::integer AS lessons FROM taught GROUP BY period_start, topic_id
    ), people AS (
        SELECT period_start, topic_id, count(DISTINCT person_id)::integer AS people
        FROM (
            SELECT period_start, topic_id, author_id AS person_id FROM labelled
            UNION ALL SELECT period_start, topic_id, teacher_id FROM taught
            UNION ALL SELECT period_start, topic_id, learner_id FROM taught
        ) involved
        GROUP BY period_start, topic_id
    )
    SELECT p_granularity, pe.period_start, pe.topic_id,
           coalesce(nc.notes, 0),
           CASE WHEN nc.notes > 0 THEN nc.notes::double precision / t.notes END,
           coalesce(nc.upward, 0), coalesce(nc.downward, 0), coalesce(nc.mutual, 0),
           coalesce(lc.lessons, 0),
           pe.people
    FROM people pe
    LEFT JOIN note_counts nc ON nc.period_start = pe.period_start AND nc.topic_id = pe.topic_id
    LEFT JOIN lesson_counts lc ON lc.period_start = pe.period_start AND lc.topic_id = pe.topic_id
    LEFT JOIN totals t ON t.period_start = pe.period_start;

    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;

COMMENT ON FUNCTION insights.compute_topic_trends(text, date[], text) IS 'Recomputes the rows of the given periods (local start dates) of one granularity (WEEK or MONTH) in the time zone given; returns the rows written.';

-- The week and month starts (local dates in p_time_zone) that instants of the given UTC days fall in. A UTC day
-- covers at most two local dates (offsets are under a day), so its first and last instant name them all.
CREATE FUNCTION insights.periods_of_days(p_days date[], p_time_zone text, p_granularity text) RETURNS date[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT date_trunc(lower(p_granularity), local_day)::date), '{}')
    FROM unnest(p_days) AS d,
         LATERAL (VALUES ((d::timestamp AT TIME ZONE 'UTC') AT TIME ZONE p_time_zone),
                         (((d + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond') AT TIME ZONE p_time_zone)) AS edge(local_day)
$$;

-- Refreshes the periods changed since the last refresh (or rebuilds everything when the tables were computed in
-- another time zone, or never). One refresh or rebuild at a time (a transaction-level advisory lock): two at once
-- could otherwise write one period from an older snapshot after the other wrote it from a newer one. Returns the
-- periods recomputed.
CREATE FUNCTION insights.refresh_topic_trends(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    days date[];
    weeks date[];
    months date[];
    computed_in text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.topic_trends'));
    SELECT time_zone INTO computed_in FROM insights.topic_trend_state;
    IF computed_in IS DISTINCT FROM p_time_zone THEN
        RETURN insights.rebuild_topic_trends(p_time_zone);
    END IF;

    WITH claimed AS (DELETE FROM insights.topic_trend_changes RETURNING day)
    SELECT array_agg(day) INTO days FROM claimed;
    IF days IS NULL THEN
        RETURN 0;
    END IF;

    weeks := insights.periods_of_days(days, p_time_zone, 'WEEK');
    months := insights.periods_of_days(days, p_time_zone, 'MONTH');
    PERFORM insights.compute_topic_trends('WEEK', weeks, p_time_zone);
    PERFORM insights.compute_topic_trends('MONTH', months, p_time_zone);
    UPDATE insights.topic_trend_state SET refreshed_at = now();
    RETURN cardinality(weeks) + cardinality(months);
END $$;

COMMENT ON FUNCTION insights.refresh_topic_trends(text) IS 'Recomputes the weeks and months of the days in topic_trend_changes (and empties it); a rebuild when the tables were computed in another time zone. Returns the periods recomputed.';

-- Recomputes every period from the first labelled note or topical lesson to the last, in the time zone given.
CREATE FUNCTION insights.rebuild_topic_trends(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    first_at timestamptz;
    last_at timestamptz;
    weeks date[];
    months date[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.topic_trends'));
    DELETE FROM insights.topic_trend_changes;
    DELETE FROM insights.topic_trends;

    SELECT min(at), max(at) INTO first_at, last_at FROM (
        SELECT min(created_at) AS at FROM session_notes WHERE topic_id IS NOT NULL
        UNION ALL SELECT max(created_at) FROM session_notes WHERE topic_id IS NOT NULL
        UNION ALL SELECT min(created_at) FROM lessons WHERE topic_id IS NOT NULL
        UNION ALL SELECT max(created_at) FROM lessons WHERE topic_id IS NOT NULL
    ) edges;

    weeks := '{}';
    months := '{}';
    IF first_at IS NOT NULL THEN
        SELECT array_agg(w::date) INTO weeks
        FROM generate_series(date_trunc('week', first_at AT TIME ZONE p_time_zone), last_at AT TIME ZONE p_time_zone, interval '7 days') AS w;
        SELECT array_agg(m::date) INTO months
        FROM generate_series(date_trunc('month', first_at AT TIME ZONE p_time_zone), last_at AT TIME ZONE p_time_zone, interval '1 month') AS m;
        PERFORM insights.compute_topic_trends('WEEK', weeks, p_time_zone);
        PERFORM insights.compute_topic_trends('MONTH', months, p_time_zone);
    END IF;

    INSERT INTO insights.topic_trend_state (one, time_zone, rebuilt_at, refreshed_at) VALUES (true, p_time_zone, now(), now())
    ON CONFLICT (one) DO UPDATE SET time_zone = excluded.time_zone, rebuilt_at = excluded.rebuilt_at, refreshed_at = excluded.refreshed_at;
    RETURN cardinality(weeks) + cardinality(months);
END $$;

COMMENT ON FUNCTION insights.rebuild_topic_trends(text) IS 'Empties the trend tables and recomputes every period in the time zone given (mentorgraph trends rebuild). Returns the periods computed.';

-- The change triggers: statement-level with transition tables, so COPY of a million notes records each UTC day
-- once per statement instead of once per row. A row counts when it has a label (a topic) before or after.
CREATE FUNCTION insights.note_trend_rows_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.topic_trend_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM new_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.note_trend_rows_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.topic_trend_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM old_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

-- An update counts when what the trends read changed: the topic, the direction or the time (both tables have
-- these columns; a note's author and a lesson's teacher and learner never change).
CREATE FUNCTION insights.note_trend_rows_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.topic_trend_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.created_at, o.topic_id), (n.created_at, n.topic_id)) AS edge(at, topic_id)
    WHERE (o.topic_id, o.direction, o.created_at) IS DISTINCT FROM (n.topic_id, n.direction, n.created_at)
      AND edge.topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER session_notes_trends_inserted AFTER INSERT ON session_notes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_inserted();
CREATE TRIGGER session_notes_trends_updated AFTER UPDATE ON session_notes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_updated();
CREATE TRIGGER session_notes_trends_deleted AFTER DELETE ON session_notes
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_deleted();

CREATE TRIGGER lessons_trends_inserted AFTER INSERT ON lessons
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_inserted();
CREATE TRIGGER lessons_trends_updated AFTER UPDATE ON lessons
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_updated();
CREATE TRIGGER lessons_trends_deleted AFTER DELETE ON lessons
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_trend_rows_deleted();

-- TRUNCATE (seed --force) fires no row or DELETE trigger: it empties the trend tables and forgets the state, so the
-- next refresh rebuilds.
CREATE FUNCTION insights.trend_source_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.topic_trends;
    DELETE FROM insights.topic_trend_changes;
    DELETE FROM insights.topic_trend_state;
    RETURN NULL;
END $$;

CREATE TRIGGER session_notes_trends_truncated AFTER TRUNCATE ON session_notes
    FOR EACH STATEMENT EXECUTE FUNCTION insights.trend_source_truncated();
CREATE TRIGGER lessons_trends_truncated AFTER TRUNCATE ON lessons
    FOR EACH STATEMENT EXECUTE FUNCTION insights.trend_source_truncated();
