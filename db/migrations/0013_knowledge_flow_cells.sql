-- knowledgeFlow at scale (issue 11): the classified session notes pre-aggregated per period, topic, the author's
-- department, the pairing's program and its two bands, with the direction split and the distinct authors — so that
-- knowledgeFlow reads a few thousand cells instead of joining every note of the period (about 4 s at 1,000,000
-- sessions), and stays exact.
--
-- Periods: knowledgeFlow takes any span of local dates (Insights:TimeZone) and groups by WEEK or MONTH among others,
-- so the cells come in three grains, each a period of local dates that never straddles a week or a month it could
-- be grouped by:
--   DAY    one local date;
--   WEEK   the part of an ISO week inside one calendar month (a week that spans two months is two fragments), so a
--          fragment belongs to exactly one ISO week and one month;
--   MONTH  a calendar month.
-- A query covers its span with whole months (unless it groups by WEEK), then whole week fragments, then days at its
-- edges (KnowledgeFlowQuery.Cover): at most a few dozen periods, disjoint, adding up to exactly the span.
--
-- Privacy on aggregates must stay exact: a group is suppressed when it has fewer than k distinct authors, and distinct
-- counts do not add up across cells. Each cell therefore keeps its distinct authors (author_ids, sorted) unless it
-- has more than 1000 of them (the largest k Insights:MinimumGroupSize allows): then author_ids is NULL and the cell
-- alone proves any group holding it has at least k authors. A group whose cells all have fewer than k authors is
-- counted exactly as the union of its cells' author_ids (KnowledgeFlowQuery).
--
-- Kept current like insights.topic_trends (0011): statement triggers record the UTC days of changed labelled notes
-- in insights.knowledge_flow_changes — and the days of a person's notes when their department or band changes, since
-- a cell is keyed by them — and insights.refresh_knowledge_flow recomputes the days, fragments and months those days
-- touch; insights.rebuild_knowledge_flow recomputes all; both through insights.compute_knowledge_flow.

CREATE TABLE insights.knowledge_flow_cells (
    grain         text     NOT NULL,
    period_start  date     NOT NULL,
    topic_id      text     NOT NULL REFERENCES topics (id),
    department_id bigint   NULL,
    program_id    bigint   NOT NULL,
    senior_band   text     NOT NULL,
    junior_band   text     NOT NULL,
    upward        integer  NOT NULL,
    downward      integer  NOT NULL,
    mutual        integer  NOT NULL,
    authors       integer  NOT NULL,
    author_ids    bigint[] NULL,
    CONSTRAINT knowledge_flow_cells_grain_values CHECK (grain IN ('DAY', 'WEEK', 'MONTH')),
    CONSTRAINT knowledge_flow_cells_counts_positive CHECK (upward >= 0 AND downward >= 0 AND mutual >= 0 AND upward + downward + mutual > 0 AND authors > 0),
    CONSTRAINT knowledge_flow_cells_author_ids_kept CHECK ((author_ids IS NULL) = (authors > 1000) AND (author_ids IS NULL OR cardinality(author_ids) = authors))
);

-- One cell per key (a note without a department has department_id NULL: NULLS NOT DISTINCT keeps that key unique);
-- its leading columns serve every read: one grain, a list of period starts.
CREATE UNIQUE INDEX knowledge_flow_cells_key ON insights.knowledge_flow_cells
    (grain, period_start, topic_id, department_id, program_id, senior_band, junior_band) NULLS NOT DISTINCT;

COMMENT ON TABLE insights.knowledge_flow_cells IS 'Classified session notes (the effective label; PRIVATE notes too) per grain (DAY, WEEK = an ISO week''s part inside one month, MONTH) and local period (Insights:TimeZone), topic, the author''s department, the pairing''s program and bands: the direction split and the distinct authors. Read by knowledgeFlow.';
COMMENT ON COLUMN insights.knowledge_flow_cells.period_start IS 'The period''s first local date: the day (DAY), the later of the week''s Monday and the month''s 1st (WEEK), the 1st (MONTH).';
COMMENT ON COLUMN insights.knowledge_flow_cells.department_id IS 'The note author''s department now (kept current by the people trigger); NULL for an author without one.';
COMMENT ON COLUMN insights.knowledge_flow_cells.authors IS 'Distinct note authors in the cell.';
COMMENT ON COLUMN insights.knowledge_flow_cells.author_ids IS 'The distinct authors, sorted, when there are at most 1000 (the largest k); NULL above. Never leaves the database: the query counts a union of them.';

CREATE TABLE insights.knowledge_flow_changes (
    day date PRIMARY KEY
);

COMMENT ON TABLE insights.knowledge_flow_changes IS 'UTC days (of created_at) of labelled notes written, relabelled, deleted, or whose author''s department or pairing''s bands changed since the last refresh of the knowledge-flow cells.';

CREATE TABLE insights.knowledge_flow_state (
    one          boolean     PRIMARY KEY DEFAULT true CHECK (one),
    time_zone    text        NOT NULL,
    rebuilt_at   timestamptz NOT NULL,
    refreshed_at timestamptz NULL
);

COMMENT ON TABLE insights.knowledge_flow_state IS 'The time zone the knowledge-flow cells were computed in (one row once built): a refresh in another zone rebuilds them.';

-- The end (exclusive) of the period of a grain that starts at p_start.
CREATE FUNCTION insights.flow_period_end(p_grain text, p_start date) RETURNS date
    LANGUAGE sql IMMUTABLE
    RETURN CASE p_grain
        WHEN 'DAY' THEN p_start + 1
        WHEN 'WEEK' THEN least(date_trunc('week', p_start)::date + 7, (date_trunc('month', p_start) + interval '1 month')::date)
        ELSE (date_trunc('month', p_start) + interval '1 month')::date
    END;

-- The start of the period of a grain that holds the local date p_day.
CREATE FUNCTION insights.flow_period_of(p_grain text, p_day date) RETURNS date
    LANGUAGE sql IMMUTABLE
    RETURN CASE p_grain
        WHEN 'DAY' THEN p_day
        WHEN 'WEEK' THEN greatest(date_trunc('week', p_day), date_trunc('month', p_day))::date
        ELSE date_trunc('month', p_day)::date
    END;

-- Recompute the given periods of one grain: delete their cells, insert them anew from the notes written in them
-- (a range scan of session_notes_classified_created_at per period, then the notes' sessions, pairings and people).
CREATE FUNCTION insights.compute_knowledge_flow(p_grain text, p_starts date[], p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM insights.knowledge_flow_cells WHERE grain = p_grain AND period_start = ANY (p_starts);

    INSERT INTO insights.knowledge_flow_cells
        (grain, period_start, topic_id, department_id, program_id, senior_band, junior_band, upward, downward, mutual, authors, author_ids)
    WITH periods AS (
        SELECT s AS period_start,
               s::timestamp AT TIME ZONE p_time_zone AS from_at,
               insights.flow_period_end(p_grain, s)::timestamp AT TIME ZONE p_time_zone AS to_at
        FROM unnest(p_starts) AS s
    )
    SELECT p_grain, p.period_start, n.topic_id, a.department_id, pa.program_id, sr.band, jr.band,
           count(*) FILTER (WHERE n.direction = 'UPWARD'),
           count(*) FILTER (WHERE n.direction = 'DOWNWARD'),
           count(*) FILTER (WHERE n.direction = 'MUTUAL'),
           count(DISTINCT n.author_id),
           CASE WHEN count(DISTINCT n.author_id) <= 1000 THEN array_agg(DISTINCT n.author_id ORDER BY n.author_id) END
    FROM periods p
    JOIN session_notes n ON n.created_at >= p.from_at AND n.created_at < p.to_at
    JOIN sessions s ON s.id = n.session_id
    JOIN pairings pa ON pa.id = s.pairing_id
    JOIN people sr ON sr.id = pa.senior_id
    JOIN people jr ON jr.id = pa.junior_id
    JOIN people a ON a.id = n.author_id
    WHERE n.topic_id IS NOT NULL
    GROUP BY p.period_start, n.topic_id, a.department_id, pa.program_id, sr.band, jr.band;

    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;

COMMENT ON FUNCTION insights.compute_knowledge_flow(text, date[], text) IS 'Recomputes the knowledge-flow cells of the given periods (local start dates) of one grain (DAY, WEEK, MONTH) in the time zone given; returns the cells written.';

-- The periods of a grain (starts, local dates in p_time_zone) that instants of the given UTC days fall in: a UTC day
-- covers at most two local dates, named by its first and last instant.
CREATE FUNCTION insights.flow_periods_of_days(p_days date[], p_time_zone text, p_grain text) RETURNS date[]
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT insights.flow_period_of(p_grain, local_day::date)), '{}')
    FROM unnest(p_days) AS d,
         LATERAL (VALUES ((d::timestamp AT TIME ZONE 'UTC') AT TIME ZONE p_time_zone),
                         (((d + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond') AT TIME ZONE p_time_zone)) AS edge(local_day)
$$;

-- Recomputes every period of every grain from the first labelled note to the last, in the time zone given.
CREATE FUNCTION insights.rebuild_knowledge_flow(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    first_day date;
    last_day date;
    days date[] := '{}';
    fragments date[] := '{}';
    months date[] := '{}';
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.knowledge_flow_cells'));
    DELETE FROM insights.knowledge_flow_changes;
    DELETE FROM insights.knowledge_flow_cells;

    SELECT (min(created_at) AT TIME ZONE p_time_zone)::date, (max(created_at) AT TIME ZONE p_time_zone)::date
    INTO first_day, last_day
    FROM session_notes WHERE topic_id IS NOT NULL;

    IF first_day IS NOT NULL THEN
        SELECT array_agg(d::date) INTO days FROM generate_series(first_day, last_day, interval '1 day') AS d;
        SELECT array_agg(DISTINCT insights.flow_period_of('WEEK', d)) INTO fragments FROM unnest(days) AS d;
        SELECT array_agg(DISTINCT insights.flow_period_of('MONTH', d)) INTO months FROM unnest(days) AS d;
        PERFORM insights.compute_knowledge_flow('DAY', days, p_time_zone);
        PERFORM insights.compute_knowledge_flow('WEEK', fragments, p_time_zone);
        PERFORM insights.compute_knowledge_flow('MONTH', months, p_time_zone);
    END IF;

    INSERT INTO insights.knowledge_flow_state (one, time_zone, rebuilt_at, refreshed_at) VALUES (true, p_time_zone, now(), now())
    ON CONFLICT (one) DO UPDATE SET time_zone = excluded.time_zone, rebuilt_at = excluded.rebuilt_at, refreshed_at = excluded.refreshed_at;
    RETURN cardinality(days) + cardinality(fragments) + cardinality(months);
END $$;

COMMENT ON FUNCTION insights.rebuild_knowledge_flow(text) IS 'Empties the knowledge-flow cells and recomputes every day, week fragment and month in the time zone given (mentorgraph trends rebuild). Returns the periods computed.';

-- Refreshes the periods changed since the last refresh (a rebuild when computed in another time zone, or never). One
-- refresh or rebuild at a time, as for the trend tables. Returns the periods recomputed.
CREATE FUNCTION insights.refresh_knowledge_flow(p_time_zone text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    changed date[];
    days date[];
    fragments date[];
    months date[];
    computed_in text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('insights.knowledge_flow_cells'));
    SELECT time_zone INTO computed_in FROM insights.knowledge_flow_state;
    IF computed_in IS DISTINCT FROM p_time_zone THEN
        RETURN insights.rebuild_knowledge_flow(p_time_zone);
    END IF;

    WITH claimed AS (DELETE FROM insights.knowledge_flow_changes RETURNING day)
    SELECT array_agg(day) INTO changed FROM claimed;
    IF changed IS NULL THEN
        RETURN 0;
    END IF;

    days := insights.flow_periods_of_days(changed, p_time_zone, 'DAY');
    fragments := insights.flow_periods_of_days(changed, p_time_zone, 'WEEK');
    months := insights.flow_periods_of_days(changed, p_time_zone, 'MONTH');
    PERFORM insights.compute_knowledge_flow('DAY', days, p_time_zone);
    PERFORM insights.compute_knowledge_flow('WEEK', fragments, p_time_zone);
    PERFORM insights.compute_knowledge_flow('MONTH', months, p_time_zone);
    UPDATE insights.knowledge_flow_state SET refreshed_at = now();
    RETURN cardinality(days) + cardinality(fragments) + cardinality(months);
END $$;

COMMENT ON FUNCTION insights.refresh_knowledge_flow(text) IS 'Recomputes the days, week fragments and months of the days in knowledge_flow_changes (and empties it); a rebuild when the cells were computed in another time zone. Returns the periods recomputed.';

-- The change triggers on session_notes (statement-level with transition tables, like 0011's): a row counts when it
-- has a label before or after; an update when its topic, direction or time changed.
CREATE FUNCTION insights.note_flow_rows_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.knowledge_flow_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM new_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.note_flow_rows_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.knowledge_flow_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM old_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.note_flow_rows_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.knowledge_flow_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.created_at, o.topic_id), (n.created_at, n.topic_id)) AS edge(at, topic_id)
    WHERE (o.topic_id, o.direction, o.created_at) IS DISTINCT FROM (n.topic_id, n.direction, n.created_at)
      AND edge.topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER session_notes_flow_inserted AFTER INSERT ON session_notes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_flow_rows_inserted();
CREATE TRIGGER session_notes_flow_updated AFTER UPDATE ON session_notes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_flow_rows_updated();
CREATE TRIGGER session_notes_flow_deleted AFTER DELETE ON session_notes
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.note_flow_rows_deleted();

-- A person's department keys the cells of the notes they wrote; their band keys the cells of every note of their
-- pairings. Those notes are found through the person's pairings (indexed by senior and by junior; a note's author is
-- always one of its pairing's two people), not by a scan of session_notes.
CREATE FUNCTION insights.person_flow_rows_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.knowledge_flow_changes (day)
    WITH changed AS (
        SELECT p.id, o.band IS DISTINCT FROM p.band AS band_changed
        FROM old_rows o
        JOIN new_rows p ON p.id = o.id
        WHERE o.band IS DISTINCT FROM p.band OR o.department_id IS DISTINCT FROM p.department_id
    ), their_pairings AS (
        SELECT c.id AS person_id, c.band_changed, pa.id AS pairing_id FROM changed c JOIN pairings pa ON pa.senior_id = c.id
        UNION ALL
        SELECT c.id, c.band_changed, pa.id FROM changed c JOIN pairings pa ON pa.junior_id = c.id
    )
    SELECT DISTINCT (n.created_at AT TIME ZONE 'UTC')::date
    FROM their_pairings tp
    JOIN sessions s ON s.pairing_id = tp.pairing_id
    JOIN session_notes n ON n.session_id = s.id
    WHERE n.topic_id IS NOT NULL AND (tp.band_changed OR n.author_id = tp.person_id)
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER people_flow_updated AFTER UPDATE ON people
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.person_flow_rows_updated();

-- TRUNCATE (seed --force) fires no DELETE trigger: empty the cells and forget the state, so the next refresh rebuilds.
CREATE FUNCTION insights.flow_source_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.knowledge_flow_cells;
    DELETE FROM insights.knowledge_flow_changes;
    DELETE FROM insights.knowledge_flow_state;
    RETURN NULL;
END $$;

CREATE TRIGGER session_notes_flow_truncated AFTER TRUNCATE ON session_notes
    FOR EACH STATEMENT EXECUTE FUNCTION insights.flow_source_truncated();
