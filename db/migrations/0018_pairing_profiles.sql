-- Insights (issue 11): suggestedPairings' shortlist from one row per person instead of an aggregate of every declaration,
-- lesson and wish on the topics the two sides care about (about 200,000 rows per request on the 1,000,000-session seed).
--
-- insights.pairing_profiles holds, per person with anything to offer or ask: the weight of what they offer on each topic
-- (1 per declaration + ln(1 + lessons taught), the shortlist's cheap evidence, indexed by topics.position) and their wishes
-- as a bit mask (bit position - 1). The shortlist reads 100,000 narrow rows and sums a few array elements per row.
--
-- How it stays current: statement triggers on person_can_teach, person_wants_to_learn, lessons and people (band, active) recompute the rows of
-- the people whose rows appeared, changed or disappeared, in the writer's transaction (a person's row is a few index
-- lookups), so the table never lags — no refresh needed. TRUNCATE of a source recomputes everything.
-- insights.rebuild_pairing_profiles() recomputes every row (mentorgraph trends rebuild); both go through
-- insights.compute_pairing_profiles, so a maintained table and a rebuilt one hold the same rows.

CREATE TABLE insights.pairing_profiles (
    person_id bigint             NOT NULL,
    band      text               NOT NULL,
    active    boolean            NOT NULL,
    offers    double precision[] NULL,
    wants     bigint             NOT NULL,
    CONSTRAINT pairing_profiles_pkey PRIMARY KEY (person_id)
);
-- No foreign key to people: `mentorgraph seed --force` truncates people without CASCADE (a referencing table would make it
-- fail). A person is only deleted after their declarations and wishes (cascaded: their triggers drop the row; lessons
-- forbid the delete), and TRUNCATE of any source rebuilds the table.

COMMENT ON TABLE insights.pairing_profiles IS 'Per person who declared, taught (lessons) or wants a topic: the suggestedPairings shortlist''s evidence. Maintained by triggers; insights.rebuild_pairing_profiles() recomputes it.';
COMMENT ON COLUMN insights.pairing_profiles.band IS 'people.band and people.active, copied so that the shortlist reads this table alone (a trigger on people keeps them).';
COMMENT ON COLUMN insights.pairing_profiles.offers IS 'Indexed by topics.position: 1 when the person declared the topic (person_can_teach) + ln(1 + lessons they taught on it); 0 for none. NULL when they offer nothing.';
COMMENT ON COLUMN insights.pairing_profiles.wants IS 'Bit (topics.position - 1) set for each topic the person wants to learn (person_wants_to_learn).';

-- Recomputes the rows of the given people (deleting those with nothing to offer or ask). Returns the rows written.
CREATE FUNCTION insights.compute_pairing_profiles(p_people bigint[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM insights.pairing_profiles WHERE person_id = ANY (p_people);
    INSERT INTO insights.pairing_profiles (person_id, band, active, offers, wants)
    SELECT p.id, p.band, p.active, o.offers, coalesce(w.wants, 0)
    FROM people p
    LEFT JOIN LATERAL (
        SELECT array_agg(coalesce(d.declared, 0) + coalesce(ln(1 + l.lessons), 0) ORDER BY i.position) AS offers,
               bool_or(d.declared IS NOT NULL OR l.lessons IS NOT NULL) AS any_offer
        FROM generate_series(1, (SELECT max(position) FROM topics)) AS i (position)
        LEFT JOIN topics t ON t.position = i.position
        LEFT JOIN (SELECT c.topic_id, 1.0::double precision AS declared FROM person_can_teach c WHERE c.person_id = p.id) d
               ON d.topic_id = t.id
        LEFT JOIN (SELECT le.topic_id, count(*) AS lessons FROM lessons le WHERE le.teacher_id = p.id AND le.topic_id IS NOT NULL GROUP BY le.topic_id) l
               ON l.topic_id = t.id
    ) o ON o.any_offer
    LEFT JOIN LATERAL (
        SELECT sum(1::bigint << (t.position - 1))::bigint AS wants
        FROM person_wants_to_learn x JOIN topics t ON t.id = x.topic_id
        WHERE x.person_id = p.id
    ) w ON true
    WHERE p.id = ANY (p_people) AND (o.offers IS NOT NULL OR w.wants IS NOT NULL);
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

COMMENT ON FUNCTION insights.compute_pairing_profiles(bigint[]) IS 'Recomputes the pairing profiles of the given people; returns the rows written.';

CREATE FUNCTION insights.rebuild_pairing_profiles() RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE insights.pairing_profiles;
    RETURN insights.compute_pairing_profiles(ARRAY(
        SELECT person_id FROM person_can_teach
        UNION SELECT person_id FROM person_wants_to_learn
        UNION SELECT teacher_id FROM lessons WHERE topic_id IS NOT NULL));
END
$$;

COMMENT ON FUNCTION insights.rebuild_pairing_profiles() IS 'Empties insights.pairing_profiles and recomputes every person''s row (mentorgraph trends rebuild). Returns the rows written.';

-- The triggers: recompute the people whose rows appeared (new_rows), disappeared (old_rows) or changed (both).
CREATE FUNCTION insights.profile_declarations_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(SELECT DISTINCT person_id FROM new_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.profile_declarations_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(SELECT DISTINCT person_id FROM old_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.profile_declarations_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.profile_lessons_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(SELECT DISTINCT teacher_id FROM new_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.profile_lessons_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(SELECT DISTINCT teacher_id FROM old_rows));
    RETURN NULL;
END
$$;

-- A person's band or active flag changed.
CREATE FUNCTION insights.profile_people_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(
        SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN insights.pairing_profiles pp ON pp.person_id = n.id
        WHERE o.band IS DISTINCT FROM n.band OR o.active IS DISTINCT FROM n.active));
    RETURN NULL;
END
$$;

-- Only when a lesson's teacher or topic changed (edits of titles and details leave the profile as it is).
CREATE FUNCTION insights.profile_lessons_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.compute_pairing_profiles(ARRAY(
        SELECT o.teacher_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.teacher_id IS DISTINCT FROM n.teacher_id OR o.topic_id IS DISTINCT FROM n.topic_id
        UNION
        SELECT n.teacher_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.teacher_id IS DISTINCT FROM n.teacher_id OR o.topic_id IS DISTINCT FROM n.topic_id));
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.profile_source_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.rebuild_pairing_profiles();
    RETURN NULL;
END
$$;

CREATE TRIGGER person_can_teach_profiles_inserted AFTER INSERT ON person_can_teach
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_inserted();
CREATE TRIGGER person_can_teach_profiles_updated AFTER UPDATE ON person_can_teach
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_updated();
CREATE TRIGGER person_can_teach_profiles_deleted AFTER DELETE ON person_can_teach
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_deleted();
CREATE TRIGGER person_can_teach_profiles_truncated AFTER TRUNCATE ON person_can_teach
    FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_source_truncated();

CREATE TRIGGER person_wants_to_learn_profiles_inserted AFTER INSERT ON person_wants_to_learn
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_inserted();
CREATE TRIGGER person_wants_to_learn_profiles_updated AFTER UPDATE ON person_wants_to_learn
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_updated();
CREATE TRIGGER person_wants_to_learn_profiles_deleted AFTER DELETE ON person_wants_to_learn
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_declarations_deleted();
CREATE TRIGGER person_wants_to_learn_profiles_truncated AFTER TRUNCATE ON person_wants_to_learn
    FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_source_truncated();

CREATE TRIGGER lessons_profiles_inserted AFTER INSERT ON lessons
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_lessons_inserted();
CREATE TRIGGER lessons_profiles_updated AFTER UPDATE ON lessons
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_lessons_updated();
CREATE TRIGGER lessons_profiles_deleted AFTER DELETE ON lessons
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_lessons_deleted();
CREATE TRIGGER lessons_profiles_truncated AFTER TRUNCATE ON lessons
    FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_source_truncated();

CREATE TRIGGER people_profiles_updated AFTER UPDATE ON people
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_people_updated();

SELECT insights.rebuild_pairing_profiles();
