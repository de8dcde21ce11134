-- The analytics views with the exports' privacy rule (issue 11). Migration 0012's views decided suppression in SQL with
-- k fixed at 5 and a one-line complement rule (the period only); the API's exports decide it with LatticeSuppression
-- (every grid of the lattice of groupings, coarsest first), whose k is the setting Insights:MinimumGroupSize. A BI
-- tool reading a view beside an export could subtract one from the other. So the views now read tables the API
-- PUBLISHES with the exports' own code (src/Api/Exports/AnalyticsPublication.cs): a view row is the unfiltered export's
-- row for the same week or period — the same suppression, the same numbers.
--
-- insights.published_lessons          the rows of /exports/lessons (per ISO week, topic, direction, teacher's department)
-- insights.published_knowledge_flow   classified notes per ISO week, topic, direction and author's department, decided
--                                     the same way (the lattice over [topic, direction, department] of each week)
-- insights.published_topic_trends     the rows of /exports/topic-trends (per period, the lattice over [topic])
-- Each row keeps the k it was decided with; insights.publication_state the k and time zone of the last publication.
--
-- How they stay current: statement triggers record the UTC days of lessons and labelled notes written, relabelled or
-- deleted (insights.publication_changes), and the periods of insights.topic_trends rewritten by its refresh or
-- rebuild (insights.publication_trend_changes); the publication job (PublishAnalyticsJob, every minute) republishes only
-- those weeks and periods. Everything is republished when the state is missing, marked stale (TRUNCATE of the
-- sources; a person moving department, which re-files their history), or holds another k or time zone than the
-- settings — and by 'mentorgraph trends rebuild' (repairs).

CREATE TABLE insights.published_lessons (
    week_start         date    NOT NULL,
    topic_id           text    NOT NULL,
    direction          text    NOT NULL,
    department_id      bigint  NULL,
    suppressed         boolean NOT NULL,
    lessons            integer NULL,
    people             integer NULL,
    minimum_group_size integer NOT NULL,
    CONSTRAINT published_lessons_numbers_hidden CHECK ((lessons IS NULL) = suppressed AND (people IS NULL) = suppressed)
);

-- One row per key (department_id NULL for teachers without one); the leading week serves the publication's
-- delete-and-insert of a week.
CREATE UNIQUE INDEX published_lessons_key ON insights.published_lessons (week_start, topic_id, direction, department_id) NULLS NOT DISTINCT;

COMMENT ON TABLE insights.published_lessons IS 'The rows of /exports/lessons without filters (per ISO week in Insights:TimeZone, topic, direction, the teacher''s department), suppression decided by the API (LatticeSuppression with k = minimum_group_size); read by analytics.lessons. Written only by the publication job.';
COMMENT ON COLUMN insights.published_lessons.minimum_group_size IS 'The k the row was decided with (the setting Insights:MinimumGroupSize when it was published).';

CREATE TABLE insights.published_knowledge_flow (
    week_start         date    NOT NULL,
    topic_id           text    NOT NULL,
    direction          text    NOT NULL,
    department_id      bigint  NULL,
    suppressed         boolean NOT NULL,
    notes              integer NULL,
    authors            integer NULL,
    minimum_group_size integer NOT NULL,
    CONSTRAINT published_knowledge_flow_numbers_hidden CHECK ((notes IS NULL) = suppressed AND (authors IS NULL) = suppressed)
);

-- One row per key; the leading week serves the publication's delete-and-insert of a week.
CREATE UNIQUE INDEX published_knowledge_flow_key ON insights.published_knowledge_flow (week_start, topic_id, direction, department_id) NULLS NOT DISTINCT;

COMMENT ON TABLE insights.published_knowledge_flow IS 'Classified session notes (the effective label on session_notes: a person''s wins over the model''s; PRIVATE notes count) per ISO week in Insights:TimeZone, topic, direction and the author''s department, with their distinct authors — suppression decided by the API as for the exports (the lattice over [topic, direction, department] of each week); read by analytics.knowledge_flow.';
COMMENT ON COLUMN insights.published_knowledge_flow.minimum_group_size IS 'The k the row was decided with.';

CREATE TABLE insights.published_topic_trends (
    granularity        text             NOT NULL,
    period_start       date             NOT NULL,
    topic_id           text             NOT NULL,
    suppressed         boolean          NOT NULL,
    notes              integer          NULL,
    share              double precision NULL,
    upward             integer          NULL,
    downward           integer          NULL,
    mutual             integer          NULL,
    lessons            integer          NULL,
    people             integer          NULL,
    minimum_group_size integer          NOT NULL,
    CONSTRAINT published_topic_trends_pkey PRIMARY KEY (granularity, period_start, topic_id),
    CONSTRAINT published_topic_trends_numbers_hidden CHECK ((notes IS NULL) = suppressed AND (people IS NULL) = suppressed AND (NOT suppressed OR share IS NULL))
);

COMMENT ON TABLE insights.published_topic_trends IS 'The rows of /exports/topic-trends (insights.topic_trends per period, suppression decided by the API: the lattice over [topic] of each period); read by analytics.topic_trends.';
COMMENT ON COLUMN insights.published_topic_trends.minimum_group_size IS 'The k the row was decided with.';

CREATE TABLE insights.publication_state (
    one                boolean     PRIMARY KEY DEFAULT true CHECK (one),
    minimum_group_size integer     NOT NULL CHECK (minimum_group_size >= 3),
    time_zone          text        NOT NULL,
    stale              boolean     NOT NULL DEFAULT false,
    published_at       timestamptz NOT NULL
);

COMMENT ON TABLE insights.publication_state IS 'The k (Insights:MinimumGroupSize) and time zone the published tables were decided in (one row once published). stale: something re-filed history (TRUNCATE, a person moving department): the next run republishes everything, as it does when k or the zone differ from the settings.';

CREATE TABLE insights.publication_changes (
    day date PRIMARY KEY
);

COMMENT ON TABLE insights.publication_changes IS 'UTC days (of created_at) of lessons or labelled notes written, relabelled or deleted since the last publication: their local ISO weeks are republished.';

CREATE TABLE insights.publication_trend_changes (
    granularity  text NOT NULL,
    period_start date NOT NULL,
    CONSTRAINT publication_trend_changes_pkey PRIMARY KEY (granularity, period_start)
);

COMMENT ON TABLE insights.publication_trend_changes IS 'Periods of insights.topic_trends rewritten (refresh or rebuild) since the last publication: republished.';

-- The change triggers. Lessons count when they have a topic before or after; an update when what a row is keyed or
-- counted by changed. Notes likewise with their label and author.
CREATE FUNCTION insights.publication_rows_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.publication_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM new_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.publication_rows_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.publication_changes (day)
    SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date FROM old_rows WHERE topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.publication_lessons_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.publication_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.created_at, o.topic_id), (n.created_at, n.topic_id)) AS edge(at, topic_id)
    WHERE (o.topic_id, o.direction, o.created_at, o.teacher_id, o.learner_id, o.pairing_id)
              IS DISTINCT FROM (n.topic_id, n.direction, n.created_at, n.teacher_id, n.learner_id, n.pairing_id)
      AND edge.topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION insights.publication_notes_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.publication_changes (day)
    SELECT DISTINCT (edge.at AT TIME ZONE 'UTC')::date
    FROM old_rows o
    JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.created_at, o.topic_id), (n.created_at, n.topic_id)) AS edge(at, topic_id)
    WHERE (o.topic_id, o.direction, o.created_at, o.author_id) IS DISTINCT FROM (n.topic_id, n.direction, n.created_at, n.author_id)
      AND edge.topic_id IS NOT NULL
    ON CONFLICT (day) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER lessons_publication_inserted AFTER INSERT ON lessons
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_rows_inserted();
CREATE TRIGGER lessons_publication_updated AFTER UPDATE ON lessons
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_lessons_updated();
CREATE TRIGGER lessons_publication_deleted AFTER DELETE ON lessons
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_rows_deleted();
CREATE TRIGGER session_notes_publication_inserted AFTER INSERT ON session_notes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_rows_inserted();
CREATE TRIGGER session_notes_publication_updated AFTER UPDATE ON session_notes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_notes_updated();
CREATE TRIGGER session_notes_publication_deleted AFTER DELETE ON session_notes
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_rows_deleted();

-- The periods of the trend table rewritten: its refresh deletes and inserts whole periods.
CREATE FUNCTION insights.publication_trends_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO insights.publication_trend_changes (granularity, period_start)
        SELECT DISTINCT granularity, period_start FROM new_rows
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO insights.publication_trend_changes (granularity, period_start)
        SELECT DISTINCT granularity, period_start FROM old_rows
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER topic_trends_publication_inserted AFTER INSERT ON insights.topic_trends
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_trends_written();
CREATE TRIGGER topic_trends_publication_deleted AFTER DELETE ON insights.topic_trends
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_trends_written();

-- What re-files history: TRUNCATE (no row triggers fire) and a person moving department (rows are keyed by the
-- teacher's and author's department now). Rare: the next run republishes everything.
CREATE FUNCTION insights.publication_stale() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- Nested: one expression naming old_rows would be planned for TRUNCATE too, which has no transition tables.
    IF TG_OP = 'UPDATE' THEN
        IF NOT EXISTS (SELECT FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.department_id IS DISTINCT FROM n.department_id) THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE insights.publication_state SET stale = true WHERE NOT stale;
    RETURN NULL;
END $$;

CREATE TRIGGER lessons_publication_truncated AFTER TRUNCATE ON lessons
    FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_stale();
CREATE TRIGGER session_notes_publication_truncated AFTER TRUNCATE ON session_notes
    FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_stale();
CREATE TRIGGER people_publication_updated AFTER UPDATE ON people
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.publication_stale();

-- k as published: the setting Insights:MinimumGroupSize the published rows were decided with (5, the setting's default,
-- before the first publication). SECURITY DEFINER: the analytics role reads it without any right on the insights schema.
CREATE OR REPLACE FUNCTION analytics.minimum_group_size() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT coalesce((SELECT minimum_group_size FROM insights.publication_state), 5) $$;

COMMENT ON FUNCTION analytics.minimum_group_size() IS 'k of the privacy rule the analytics views were published with: the API setting Insights:MinimumGroupSize (never below 3), written by the publication job; 5 before the first publication.';

-- The time zone periods are cut in: the one the published rows were decided in, else (before the first publication) the
-- trend tables' as before.
CREATE OR REPLACE FUNCTION analytics.time_zone() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT coalesce((SELECT time_zone FROM insights.publication_state), (SELECT time_zone FROM insights.topic_trend_state), 'UTC') $$;

COMMENT ON FUNCTION analytics.time_zone() IS 'The time zone periods are cut in: the one the analytics views were published in (Insights:TimeZone), else the trend tables'', UTC before either was built.';

-- The views keep their columns (the contract) and add the k each row was decided with.
CREATE OR REPLACE VIEW analytics.topic_trends AS
SELECT granularity,
       period_start,
       topic_id AS topic,
       suppressed,
       notes,
       share,
       upward,
       downward,
       mutual,
       lessons,
       people,
       minimum_group_size
FROM insights.published_topic_trends;

COMMENT ON VIEW analytics.topic_trends IS 'Per topic per period (WEEK from Monday or MONTH, local dates in analytics.time_zone()): classified session notes (person labels win; PRIVATE notes count), their direction split, lessons and distinct people — the rows of /exports/topic-trends, published by the API with the same privacy rule. Only topic-periods with a note or lesson have a row. Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.topic_trends.suppressed IS 'true: fewer than k people or notes (lessons for a row without notes), or hidden so that the period''s total (public: notes / share) does not give a hidden row back; the numbers are NULL.';
COMMENT ON COLUMN analytics.topic_trends.minimum_group_size IS 'The k the row was decided with (Insights:MinimumGroupSize when published).';

CREATE OR REPLACE VIEW analytics.knowledge_flow AS
SELECT f.week_start,
       f.topic_id AS topic,
       f.direction,
       f.department_id,
       d.name AS department,
       f.suppressed,
       f.notes,
       f.authors,
       f.minimum_group_size
FROM insights.published_knowledge_flow f
LEFT JOIN departments d ON d.id = f.department_id;

COMMENT ON VIEW analytics.knowledge_flow IS 'Classified session notes (the effective label: person labels win; PRIVATE notes count, their text is never here) per ISO week (local, analytics.time_zone()), topic, direction and the author''s department: which way knowledge flows. Published by the API with the exports'' privacy rule (each week the lattice of groupings of topic, direction and department). Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.knowledge_flow.suppressed IS 'true: fewer than k notes or authors, or hidden so that no total of the week (by topic, direction, department or a pair of them) gives a hidden row back; the numbers are NULL.';
COMMENT ON COLUMN analytics.knowledge_flow.minimum_group_size IS 'The k the row was decided with (Insights:MinimumGroupSize when published).';

CREATE OR REPLACE VIEW analytics.lessons AS
SELECT l.week_start,
       l.topic_id AS topic,
       l.direction,
       l.department_id,
       d.name AS department,
       l.suppressed,
       l.lessons,
       l.people,
       l.minimum_group_size
FROM insights.published_lessons l
LEFT JOIN departments d ON d.id = l.department_id;

COMMENT ON VIEW analytics.lessons IS 'Lessons with a topic per ISO week (local, analytics.time_zone()), topic, direction and the teacher''s department — counts only, never a title or detail: the rows of /exports/lessons without filters, published by the API with the same privacy rule. Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.lessons.suppressed IS 'true: fewer than k lessons or people, or hidden so that no total of the week (by topic, direction, department or a pair of them) gives a hidden row back; the numbers are NULL.';
COMMENT ON COLUMN analytics.lessons.minimum_group_size IS 'The k the row was decided with (Insights:MinimumGroupSize when published).';

-- The role keeps SELECT on the views only (they run with their owner's rights); the new column is covered by the
-- existing grant on each view.
GRANT EXECUTE ON FUNCTION analytics.minimum_group_size() TO mentorgraph_analytics;
