-- Exports for data teams (issue 11): stable SQL views for BI tools in the schema "analytics", and a read-only role
-- that may read them and nothing else. The views are the contract (their columns are kept; a change adds a view or
-- a column, never renames); the tables behind them may change.
--
-- Privacy: the views hold counts only — no note text, lesson title or detail, no person's name or id. They apply the
-- insights' rule with k = analytics.minimum_group_size() (keep it equal to Insights:MinimumGroupSize): a row with
-- fewer than k people or a count from 1 to k - 1 is suppressed (suppressed = true, every number NULL, never 0), and
-- in a period holding exactly one such row, the visible row with the smallest count is suppressed too, so the
-- period's total (public through knowledgeFlow and trendingTopics) does not give it away. The exports
-- (/exports/lessons) also check every topic, direction and department margin within a week; these views check the
-- period only (documented in docs/ARCHITECTURE.md as a known gap).
--
-- The views run with their owner's rights (not security_invoker), so the role needs SELECT on the views only.

CREATE SCHEMA analytics;

COMMENT ON SCHEMA analytics IS 'Stable views for BI tools (role mentorgraph_analytics): aggregate counts only, suppressed below k people or notes; no note text, titles or names.';

CREATE FUNCTION analytics.minimum_group_size() RETURNS integer
    LANGUAGE sql IMMUTABLE RETURN 5;

COMMENT ON FUNCTION analytics.minimum_group_size() IS 'k of the privacy rule for the analytics views (keep equal to the API setting Insights:MinimumGroupSize; never below 3). Replace with CREATE OR REPLACE in a migration to change it.';

-- The time zone of the trend tables (insights.topic_trend_state), UTC before they were first built. SECURITY DEFINER:
-- the analytics role reads it through the views without any right on the insights schema.
CREATE FUNCTION analytics.time_zone() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT coalesce((SELECT time_zone FROM insights.topic_trend_state), 'UTC') $$;

COMMENT ON FUNCTION analytics.time_zone() IS 'The time zone periods are cut in: the one the trend tables were computed in (Insights:TimeZone), UTC before they were first built.';

CREATE VIEW analytics.topic_trends AS
WITH marked AS (
    SELECT t.*,
           t.people < analytics.minimum_group_size()
               OR CASE WHEN t.notes > 0 THEN t.notes < analytics.minimum_group_size() ELSE t.lessons < analytics.minimum_group_size() END AS small
    FROM insights.topic_trends t
), ranked AS (
    SELECT m.*,
           count(*) FILTER (WHERE m.small) OVER (PARTITION BY m.granularity, m.period_start) AS small_in_period,
           row_number() OVER (PARTITION BY m.granularity, m.period_start, (NOT m.small AND m.notes > 0) ORDER BY m.notes, m.topic_id) AS rank_visible
    FROM marked m
), judged AS (
    SELECT r.*, r.small OR (r.small_in_period = 1 AND NOT r.small AND r.notes > 0 AND r.rank_visible = 1) AS hidden
    FROM ranked r
)
SELECT granularity,
       period_start,
       topic_id AS topic,
       hidden AS suppressed,
       CASE WHEN NOT hidden THEN notes END AS notes,
       CASE WHEN NOT hidden THEN share END AS share,
       CASE WHEN NOT hidden THEN upward END AS upward,
       CASE WHEN NOT hidden THEN downward END AS downward,
       CASE WHEN NOT hidden THEN mutual END AS mutual,
       CASE WHEN NOT hidden THEN lessons END AS lessons,
       CASE WHEN NOT hidden THEN people END AS people
FROM judged;

COMMENT ON VIEW analytics.topic_trends IS 'Per topic per period (WEEK from Monday or MONTH, local dates in analytics.time_zone()): classified session notes (person labels win; PRIVATE notes count), their direction split, lessons and distinct people — the numbers of /exports/topic-trends and trendingTopics. Only topic-periods with a note or lesson have a row. Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.topic_trends.granularity IS 'WEEK or MONTH.';
COMMENT ON COLUMN analytics.topic_trends.period_start IS 'The local date the period starts: a Monday (WEEK) or the 1st (MONTH).';
COMMENT ON COLUMN analytics.topic_trends.topic IS 'The topic id (the GraphQL enum value, e.g. LEADERSHIP).';
COMMENT ON COLUMN analytics.topic_trends.suppressed IS 'true: fewer than k people or notes (lessons for a row without notes), or the complement chosen so the period total does not reveal one; the numbers are NULL.';
COMMENT ON COLUMN analytics.topic_trends.notes IS 'Classified session notes with this topic written in the period.';
COMMENT ON COLUMN analytics.topic_trends.share IS 'notes / all classified notes of the period; NULL when the period had none (or suppressed).';
COMMENT ON COLUMN analytics.topic_trends.upward IS 'Of notes: UPWARD (the junior taught the senior).';
COMMENT ON COLUMN analytics.topic_trends.downward IS 'Of notes: DOWNWARD (the senior taught the junior).';
COMMENT ON COLUMN analytics.topic_trends.mutual IS 'Of notes: MUTUAL (both taught).';
COMMENT ON COLUMN analytics.topic_trends.lessons IS 'Lessons with this topic recorded in the period.';
COMMENT ON COLUMN analytics.topic_trends.people IS 'Distinct people who wrote such a note or taught or learned such a lesson.';

CREATE VIEW analytics.knowledge_flow AS
WITH cells AS (
    SELECT date_trunc('week', n.created_at AT TIME ZONE analytics.time_zone())::date AS week_start,
           n.topic_id, n.direction, a.department_id,
           count(*)::integer AS notes,
           count(DISTINCT n.author_id)::integer AS authors
    FROM session_notes n
    JOIN people a ON a.id = n.author_id
    WHERE n.topic_id IS NOT NULL
    GROUP BY 1, 2, 3, 4
), ranked AS (
    SELECT c.*,
           c.notes < analytics.minimum_group_size() OR c.authors < analytics.minimum_group_size() AS small
    FROM cells c
), lined AS (
    SELECT r.*,
           count(*) FILTER (WHERE r.small) OVER (PARTITION BY r.week_start) AS small_in_week,
           row_number() OVER (PARTITION BY r.week_start, r.small ORDER BY r.notes, r.topic_id, r.direction, r.department_id NULLS FIRST) AS rank_in_kind
    FROM ranked r
), judged AS (
    SELECT l.*, l.small OR (l.small_in_week = 1 AND NOT l.small AND l.rank_in_kind = 1) AS hidden
    FROM lined l
)
SELECT j.week_start,
       j.topic_id AS topic,
       j.direction,
       j.department_id,
       d.name AS department,
       j.hidden AS suppressed,
       CASE WHEN NOT j.hidden THEN j.notes END AS notes,
       CASE WHEN NOT j.hidden THEN j.authors END AS authors
FROM judged j
LEFT JOIN departments d ON d.id = j.department_id;

COMMENT ON VIEW analytics.knowledge_flow IS 'Classified session notes (person labels win; PRIVATE notes count, their text is never here) per ISO week (local, analytics.time_zone()), topic, direction and the author''s department: which way knowledge flows. Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.knowledge_flow.week_start IS 'The Monday of the ISO week the notes were written in.';
COMMENT ON COLUMN analytics.knowledge_flow.topic IS 'The topic id (the GraphQL enum value).';
COMMENT ON COLUMN analytics.knowledge_flow.direction IS 'UPWARD (the junior taught the senior), DOWNWARD or MUTUAL.';
COMMENT ON COLUMN analytics.knowledge_flow.department_id IS 'The note author''s department (departments.id); NULL for authors without one.';
COMMENT ON COLUMN analytics.knowledge_flow.department IS 'That department''s name.';
COMMENT ON COLUMN analytics.knowledge_flow.suppressed IS 'true: fewer than k notes or authors, or the complement chosen so the week total does not reveal one; the numbers are NULL.';
COMMENT ON COLUMN analytics.knowledge_flow.notes IS 'Classified notes.';
COMMENT ON COLUMN analytics.knowledge_flow.authors IS 'Distinct authors of those notes.';

CREATE VIEW analytics.lessons AS
WITH cells AS (
    SELECT date_trunc('week', l.created_at AT TIME ZONE analytics.time_zone())::date AS week_start,
           l.topic_id, l.direction, t.department_id,
           count(*)::integer AS lessons,
           (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(l.teacher_id) || array_agg(l.learner_id)) AS p) AS people
    FROM lessons l
    JOIN people t ON t.id = l.teacher_id
    WHERE l.topic_id IS NOT NULL
    GROUP BY 1, 2, 3, 4
), ranked AS (
    SELECT c.*,
           c.lessons < analytics.minimum_group_size() OR c.people < analytics.minimum_group_size() AS small
    FROM cells c
), lined AS (
    SELECT r.*,
           count(*) FILTER (WHERE r.small) OVER (PARTITION BY r.week_start) AS small_in_week,
           row_number() OVER (PARTITION BY r.week_start, r.small ORDER BY r.lessons, r.topic_id, r.direction, r.department_id NULLS FIRST) AS rank_in_kind
    FROM ranked r
), judged AS (
    SELECT l.*, l.small OR (l.small_in_week = 1 AND NOT l.small AND l.rank_in_kind = 1) AS hidden
    FROM lined l
)
SELECT j.week_start,
       j.topic_id AS topic,
       j.direction,
       j.department_id,
       d.name AS department,
       j.hidden AS suppressed,
       CASE WHEN NOT j.hidden THEN j.lessons END AS lessons,
       CASE WHEN NOT j.hidden THEN j.people END AS people
FROM judged j
LEFT JOIN departments d ON d.id = j.department_id;

COMMENT ON VIEW analytics.lessons IS 'Lessons with a topic per ISO week (local, analytics.time_zone()), topic, direction and the teacher''s department — counts only, never a title or detail. Suppressed rows have NULL numbers.';
COMMENT ON COLUMN analytics.lessons.week_start IS 'The Monday of the ISO week the lessons were recorded in.';
COMMENT ON COLUMN analytics.lessons.topic IS 'The topic id (the GraphQL enum value).';
COMMENT ON COLUMN analytics.lessons.direction IS 'UPWARD (the junior taught) or DOWNWARD (the senior taught).';
COMMENT ON COLUMN analytics.lessons.department_id IS 'The teacher''s department (departments.id); NULL for teachers without one.';
COMMENT ON COLUMN analytics.lessons.department IS 'That department''s name.';
COMMENT ON COLUMN analytics.lessons.suppressed IS 'true: fewer than k lessons or people, or the complement chosen so the week total does not reveal one; the numbers are NULL.';
COMMENT ON COLUMN analytics.lessons.lessons IS 'Lessons recorded.';
COMMENT ON COLUMN analytics.lessons.people IS 'Distinct people who taught or learned them.';

-- The read-only role: NOLOGIN (grant it to a login role of your BI tool: GRANT mentorgraph_analytics TO bi_user).
-- Roles belong to the cluster, not the database: created once, granted in every database migrated. The migration
-- creates it when the migrating user may (superuser or CREATEROLE); an application role should not hold CREATEROLE
-- (in PostgreSQL 15 it can grant itself much more), so the administrator may create it beforehand instead, as
-- scripts/pg does for the dev and test clusters. Without either, the migration stops and says what to run.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mentorgraph_analytics') THEN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'Migration 0012 needs the role mentorgraph_analytics, and % may not create roles.', current_user
                USING HINT = 'As an administrator, run once on this server: CREATE ROLE mentorgraph_analytics NOLOGIN; then migrate again.';
        END IF;
        CREATE ROLE mentorgraph_analytics NOLOGIN;
        COMMENT ON ROLE mentorgraph_analytics IS 'Read-only access to the analytics views (and nothing else) for BI tools; NOLOGIN, granted to login roles.';
    END IF;
END $$;

GRANT USAGE ON SCHEMA analytics TO mentorgraph_analytics;
GRANT SELECT ON analytics.topic_trends, analytics.knowledge_flow, analytics.lessons TO mentorgraph_analytics;
GRANT EXECUTE ON FUNCTION analytics.minimum_group_size(), analytics.time_zone() TO mentorgraph_analytics;
