-- Insights (issue 11), two parts. First, the history engagement needs for a past period — each change of a pairing's at_risk flag and of
-- its cadence, with the moment it happened. pairings keeps only the present values, so until now a period that ended in
-- the past counted the pairings flagged today and expected sessions at each pairing's present cadence.
--
-- How it stays current: triggers on pairings, whoever writes (the at-risk job, a transition clearing the flag, a cadence
-- change, the seed's COPY): a new pairing records its flag and cadence as of its proposal (proposed_at, when it begins to
-- exist), an UPDATE that changes either records the new value at now() (the writing transaction's start). Deleting a
-- pairing deletes its rows; TRUNCATE of pairings (seed --force) empties both tables. No foreign key to pairings, for the
-- same reason as insights.pairing_profiles (0018): seed --force truncates pairings without CASCADE.
--
-- Backfill: every existing pairing gets its present flag and cadence from its proposal — the history before this
-- migration is not known, so a period before it still sees the values as they stood when it ran (as before); from here on
-- the history is exact.

CREATE TABLE insights.pairing_at_risk_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id bigint      NOT NULL,
    at         timestamptz NOT NULL,
    at_risk    boolean     NOT NULL,
    initial    boolean     NOT NULL DEFAULT false
);

COMMENT ON TABLE insights.pairing_at_risk_changes IS 'Each value pairings.at_risk took, with the moment it took it (a pairing''s first row is dated at its proposal: its flag then, or — for a pairing older than migration 0020 — the flag as it stood when the migration ran). Kept by triggers on pairings; engagement reads the flag at a period''s end from it.';
COMMENT ON COLUMN insights.pairing_at_risk_changes.at IS 'When the flag took this value: proposed_at for a new pairing, else now() of the transaction that changed it. Ties are ordered by id.';
COMMENT ON COLUMN insights.pairing_at_risk_changes.initial IS 'True for a pairing''s first row (inserted with it, or by the backfill); false for a change. A pairing with no change has the flag it has now at every moment.';

-- A pairing's flag history in order (engagement reads the histories of the pairings whose flag changed).
CREATE INDEX pairing_at_risk_changes_pairing_id ON insights.pairing_at_risk_changes (pairing_id, at, id);
-- The pairings whose flag ever changed: only the changes, so engagement finds them without reading a row per pairing.
CREATE INDEX pairing_at_risk_changes_changed ON insights.pairing_at_risk_changes (pairing_id) WHERE NOT initial;

CREATE TABLE insights.pairing_cadence_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id bigint      NOT NULL,
    at         timestamptz NOT NULL,
    cadence    text        NOT NULL,
    initial    boolean     NOT NULL DEFAULT false,
    CONSTRAINT pairing_cadence_changes_cadence_values CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY'))
);

COMMENT ON TABLE insights.pairing_cadence_changes IS 'Each value pairings.cadence took, with the moment it took it (a pairing''s first row is dated at its proposal: its cadence then, or — for a pairing older than migration 0020 — its cadence when the migration ran). Kept by triggers on pairings; engagement expects sessions per ACTIVE stretch at the cadence in force then.';
COMMENT ON COLUMN insights.pairing_cadence_changes.at IS 'When the cadence took this value: proposed_at for a new pairing, else now() of the transaction that changed it. Ties are ordered by id.';
COMMENT ON COLUMN insights.pairing_cadence_changes.initial IS 'True for a pairing''s first row (inserted with it, or by the backfill); false for a change.';

-- A pairing's cadence history in order, and the few pairings whose cadence changed.
CREATE INDEX pairing_cadence_changes_pairing_id ON insights.pairing_cadence_changes (pairing_id, at, id);
CREATE INDEX pairing_cadence_changes_changed ON insights.pairing_cadence_changes (pairing_id) WHERE NOT initial;

-- New pairings (one statement, however many rows: the seed COPYs tens of thousands): their values as of their proposal.
CREATE FUNCTION insights.pairing_history_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk, initial)
    SELECT id, proposed_at, at_risk, true FROM new_rows ORDER BY id;
    INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence, initial)
    SELECT id, proposed_at, cadence, true FROM new_rows ORDER BY id;
    RETURN NULL;
END
$$;

-- A changed flag or cadence (the row trigger's WHEN lets only real changes in).
CREATE FUNCTION insights.pairing_history_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.at_risk IS DISTINCT FROM OLD.at_risk THEN
        INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk) VALUES (NEW.id, now(), NEW.at_risk);
    END IF;
    IF NEW.cadence IS DISTINCT FROM OLD.cadence THEN
        INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence) VALUES (NEW.id, now(), NEW.cadence);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.pairing_history_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.pairing_at_risk_changes WHERE pairing_id IN (SELECT id FROM old_rows);
    DELETE FROM insights.pairing_cadence_changes WHERE pairing_id IN (SELECT id FROM old_rows);
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.pairing_history_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE insights.pairing_at_risk_changes, insights.pairing_cadence_changes RESTART IDENTITY;
    RETURN NULL;
END
$$;

CREATE TRIGGER pairings_history_inserted AFTER INSERT ON pairings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_inserted();
-- A row trigger: transition tables cannot be combined with a column list, and the WHEN keeps every other update (a
-- transition, an edit of the expectations) free of it.
CREATE TRIGGER pairings_history_updated AFTER UPDATE OF at_risk, cadence ON pairings
    FOR EACH ROW WHEN (NEW.at_risk IS DISTINCT FROM OLD.at_risk OR NEW.cadence IS DISTINCT FROM OLD.cadence)
    EXECUTE FUNCTION insights.pairing_history_updated();
CREATE TRIGGER pairings_history_deleted AFTER DELETE ON pairings
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_deleted();
CREATE TRIGGER pairings_history_truncated AFTER TRUNCATE ON pairings
    FOR EACH STATEMENT EXECUTE FUNCTION insights.pairing_history_truncated();

-- The backfill: the present values, from each pairing's proposal.
INSERT INTO insights.pairing_at_risk_changes (pairing_id, at, at_risk, initial) SELECT id, proposed_at, at_risk, true FROM pairings ORDER BY id;
INSERT INTO insights.pairing_cadence_changes (pairing_id, at, cadence, initial) SELECT id, proposed_at, cadence, true FROM pairings ORDER BY id;

-- Second, suggestedPairings (issue 11): note evidence in the shortlist. insights.pairing_profiles (0018) weighed declarations and
-- lessons only, so a person whose only evidence of teaching a topic was classified session notes — notes of sessions they
-- took part in, whose direction says they were the teaching side — never reached the shortlist, though the score counts
-- those notes. insights.person_topic_notes now counts them per person and topic, kept incrementally as classifications
-- land (a statement trigger on session_notes adds and subtracts the changed rows' counts, then recomputes the profiles of
-- the people whose counts moved), and the profile's offer weight adds 0.5 × ln(1 + notes) (PairingScore's note weight).
-- The direction decides who taught: DOWNWARD the pairing's senior, UPWARD its junior, MUTUAL both (whoever wrote the note).

CREATE TABLE insights.person_topic_notes (
    person_id bigint  NOT NULL,
    topic_id  text    NOT NULL,
    notes     integer NOT NULL,
    CONSTRAINT person_topic_notes_pkey PRIMARY KEY (person_id, topic_id)
);

COMMENT ON TABLE insights.person_topic_notes IS 'Per person and topic: the classified notes (effective label, PRIVATE ones included — only counts leave this table) of sessions of the person''s pairings in which the person was the teaching side — DOWNWARD notes for the senior, UPWARD for the junior, MUTUAL for both. Kept by triggers; insights.rebuild_pairing_profiles() recomputes it.';

-- The counts of the given people from scratch (their pairings by person, sessions by pairing, notes by session): for a
-- pairing whose people changed, or a session moved to another pairing.
CREATE FUNCTION insights.compute_person_topic_notes(p_people bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insights.person_topic_notes WHERE person_id = ANY (p_people);
    INSERT INTO insights.person_topic_notes (person_id, topic_id, notes)
    SELECT t.person_id, n.topic_id, count(*)::integer
    FROM (SELECT senior_id AS person_id, id AS pairing_id, 'DOWNWARD' AS teaching FROM pairings WHERE senior_id = ANY (p_people)
          UNION ALL
          SELECT junior_id, id, 'UPWARD' FROM pairings WHERE junior_id = ANY (p_people)) t
    JOIN sessions s ON s.pairing_id = t.pairing_id
    JOIN session_notes n ON n.session_id = s.id
    WHERE n.topic_id IS NOT NULL AND n.direction IN (t.teaching, 'MUTUAL')
    GROUP BY t.person_id, n.topic_id;
END
$$;

-- Adds the changed notes' counts (delta +1 for a classification that appeared, -1 for one that went) to their teachers' rows
-- and recomputes those people's profiles. A note whose session is gone (a session or pairing deleted with its notes: the
-- application never does it) cannot be traced to its teachers: then everything is rebuilt.
CREATE FUNCTION insights.apply_taught_notes(p_sessions bigint[], p_topics text[], p_directions text[], p_deltas integer[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    moved bigint[];
BEGIN
    IF cardinality(p_sessions) = 0 THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_sessions) AS c (session_id) WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = c.session_id)) THEN
        PERFORM insights.rebuild_pairing_profiles();
        RETURN;
    END IF;

    WITH taught AS (
        SELECT t.person_id, c.topic_id, sum(c.delta)::integer AS delta
        FROM unnest(p_sessions, p_topics, p_directions, p_deltas) AS c (session_id, topic_id, direction, delta)
        JOIN sessions s ON s.id = c.session_id
        JOIN pairings p ON p.id = s.pairing_id
        CROSS JOIN LATERAL (VALUES (p.senior_id, 'DOWNWARD'), (p.junior_id, 'UPWARD')) AS t (person_id, teaching)
        WHERE c.direction IN (t.teaching, 'MUTUAL')
        GROUP BY t.person_id, c.topic_id
        HAVING sum(c.delta) <> 0
    ), written AS (
        INSERT INTO insights.person_topic_notes AS x (person_id, topic_id, notes)
        SELECT person_id, topic_id, delta FROM taught ORDER BY person_id, topic_id
        ON CONFLICT (person_id, topic_id) DO UPDATE SET notes = x.notes + excluded.notes
        RETURNING x.person_id
    )
    SELECT array_agg(DISTINCT person_id) INTO moved FROM written;

    IF moved IS NOT NULL THEN
        DELETE FROM insights.person_topic_notes WHERE person_id = ANY (moved) AND notes <= 0;
        PERFORM insights.compute_pairing_profiles(moved);
    END IF;
END
$$;

COMMENT ON FUNCTION insights.apply_taught_notes(bigint[], text[], text[], integer[]) IS 'Adds classified notes (session, topic, direction, +1 or -1) to insights.person_topic_notes and recomputes the pairing profiles of the people whose counts changed.';

CREATE FUNCTION insights.taught_notes_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.apply_taught_notes(a.sessions, a.topics, a.directions, a.deltas)
    FROM (SELECT coalesce(array_agg(session_id), '{}') AS sessions, array_agg(topic_id) AS topics, array_agg(direction) AS directions,
                 array_agg(1) AS deltas
          FROM new_rows WHERE topic_id IS NOT NULL) a;
    RETURN NULL;
END
$$;

CREATE FUNCTION insights.taught_notes_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.apply_taught_notes(a.sessions, a.topics, a.directions, a.deltas)
    FROM (SELECT coalesce(array_agg(session_id), '{}') AS sessions, array_agg(topic_id) AS topics, array_agg(direction) AS directions,
                 array_agg(-1) AS deltas
          FROM old_rows WHERE topic_id IS NOT NULL) a;
    RETURN NULL;
END
$$;

-- A classification that landed, changed or went (a text edit that clears it, a person's label, a model's result): the old
-- label out, the new one in. Rows whose label and session stayed are left alone.
CREATE FUNCTION insights.taught_notes_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insights.apply_taught_notes(a.sessions, a.topics, a.directions, a.deltas)
    FROM (SELECT coalesce(array_agg(c.session_id), '{}') AS sessions, array_agg(c.topic_id) AS topics, array_agg(c.direction) AS directions,
                 array_agg(c.delta) AS deltas
          FROM (SELECT o.session_id, o.topic_id, o.direction, -1 AS delta
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE o.topic_id IS NOT NULL AND (o.session_id, o.topic_id, o.direction) IS DISTINCT FROM (n.session_id, n.topic_id, n.direction)
                UNION ALL
                SELECT n.session_id, n.topic_id, n.direction, 1
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE n.topic_id IS NOT NULL AND (o.session_id, o.topic_id, o.direction) IS DISTINCT FROM (n.session_id, n.topic_id, n.direction)) c) a;
    RETURN NULL;
END
$$;

-- A pairing's people changed, or a session moved to another pairing: recount the people concerned (row triggers whose
-- WHEN lets only those changes in).
CREATE FUNCTION insights.taught_notes_refiled() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    concerned bigint[];
BEGIN
    IF TG_TABLE_NAME = 'pairings' THEN
        concerned := ARRAY[OLD.senior_id, OLD.junior_id, NEW.senior_id, NEW.junior_id];
    ELSE
        concerned := ARRAY(SELECT unnest(ARRAY[senior_id, junior_id]) FROM pairings WHERE id IN (OLD.pairing_id, NEW.pairing_id));
    END IF;
    PERFORM insights.compute_person_topic_notes(concerned);
    PERFORM insights.compute_pairing_profiles(concerned);
    RETURN NULL;
END
$$;

-- The profiles now add note evidence: 0018's function with the notes' term (and people with only notes get a row). Also
-- safe for writers at once — two classification batches, a lesson and a batch — recomputing one person: the person's row
-- is locked first (in person order, so two writers never wait on each other crosswise), and is updated in place rather than
-- deleted and inserted. With 0018's delete-then-insert, the second writer's DELETE skipped the row the first had replaced
-- and its INSERT failed on the key; and a writer computing before the other committed could leave a profile without the
-- other's change. After the lock, the computing statement's snapshot sees what the writer it waited for committed. (Left:
-- two writers bringing the same person's very first evidence at once — no row to lock — end with the second one's values.)
CREATE OR REPLACE FUNCTION insights.compute_pairing_profiles(p_people bigint[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    PERFORM 1 FROM insights.pairing_profiles WHERE person_id = ANY (p_people) ORDER BY person_id FOR UPDATE;

    WITH computed AS (
        SELECT p.id AS person_id, p.band, p.active, o.offers, coalesce(w.wants, 0) AS wants
        FROM people p
        LEFT JOIN LATERAL (
            SELECT array_agg(coalesce(d.declared, 0) + coalesce(ln(1 + l.lessons), 0) + coalesce(0.5 * ln(1 + nt.notes), 0) ORDER BY i.position) AS offers,
                   bool_or(d.declared IS NOT NULL OR l.lessons IS NOT NULL OR nt.notes IS NOT NULL) AS any_offer
            FROM generate_series(1, (SELECT max(position) FROM topics)) AS i (position)
            LEFT JOIN topics t ON t.position = i.position
            LEFT JOIN (SELECT c.topic_id, 1.0::double precision AS declared FROM person_can_teach c WHERE c.person_id = p.id) d
                   ON d.topic_id = t.id
            LEFT JOIN (SELECT le.topic_id, count(*) AS lessons FROM lessons le WHERE le.teacher_id = p.id AND le.topic_id IS NOT NULL GROUP BY le.topic_id) l
                   ON l.topic_id = t.id
            LEFT JOIN (SELECT x.topic_id, x.notes FROM insights.person_topic_notes x WHERE x.person_id = p.id) nt
                   ON nt.topic_id = t.id
        ) o ON o.any_offer
        LEFT JOIN LATERAL (
            SELECT sum(1::bigint << (t.position - 1))::bigint AS wants
            FROM person_wants_to_learn x JOIN topics t ON t.id = x.topic_id
            WHERE x.person_id = p.id
        ) w ON true
        WHERE p.id = ANY (p_people) AND (o.offers IS NOT NULL OR w.wants IS NOT NULL)
    ), emptied AS (
        DELETE FROM insights.pairing_profiles pp
        WHERE pp.person_id = ANY (p_people) AND NOT EXISTS (SELECT 1 FROM computed c WHERE c.person_id = pp.person_id)
    )
    INSERT INTO insights.pairing_profiles AS pp (person_id, band, active, offers, wants)
    SELECT person_id, band, active, offers, wants FROM computed ORDER BY person_id
    ON CONFLICT (person_id) DO UPDATE SET band = excluded.band, active = excluded.active, offers = excluded.offers, wants = excluded.wants;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

-- The rebuild recounts the notes too (one aggregate over every classified note), then every profile.
CREATE OR REPLACE FUNCTION insights.rebuild_pairing_profiles() RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE insights.person_topic_notes;
    INSERT INTO insights.person_topic_notes (person_id, topic_id, notes)
    SELECT t.person_id, n.topic_id, count(*)::integer
    FROM session_notes n
    JOIN sessions s ON s.id = n.session_id
    JOIN pairings p ON p.id = s.pairing_id
    CROSS JOIN LATERAL (VALUES (p.senior_id, 'DOWNWARD'), (p.junior_id, 'UPWARD')) AS t (person_id, teaching)
    WHERE n.topic_id IS NOT NULL AND n.direction IN (t.teaching, 'MUTUAL')
    GROUP BY t.person_id, n.topic_id;

    TRUNCATE insights.pairing_profiles;
    RETURN insights.compute_pairing_profiles(ARRAY(
        SELECT person_id FROM person_can_teach
        UNION SELECT person_id FROM person_wants_to_learn
        UNION SELECT teacher_id FROM lessons WHERE topic_id IS NOT NULL
        UNION SELECT person_id FROM insights.person_topic_notes));
END
$$;

COMMENT ON FUNCTION insights.rebuild_pairing_profiles() IS 'Recounts insights.person_topic_notes, empties insights.pairing_profiles and recomputes every person''s row (mentorgraph trends rebuild). Returns the rows written.';
COMMENT ON COLUMN insights.pairing_profiles.offers IS 'Indexed by topics.position: 1 when the person declared the topic (person_can_teach) + ln(1 + lessons they taught on it) + 0.5 × ln(1 + classified notes in which they taught it, insights.person_topic_notes); 0 for none. NULL when they offer nothing.';
COMMENT ON TABLE insights.pairing_profiles IS 'Per person who declared, taught (lessons, classified notes) or wants a topic: the suggestedPairings shortlist''s evidence. Maintained by triggers; insights.rebuild_pairing_profiles() recomputes it.';

CREATE TRIGGER session_notes_taught_inserted AFTER INSERT ON session_notes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.taught_notes_inserted();
CREATE TRIGGER session_notes_taught_updated AFTER UPDATE ON session_notes
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.taught_notes_updated();
CREATE TRIGGER session_notes_taught_deleted AFTER DELETE ON session_notes
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights.taught_notes_deleted();
CREATE TRIGGER session_notes_profiles_truncated AFTER TRUNCATE ON session_notes
    FOR EACH STATEMENT EXECUTE FUNCTION insights.profile_source_truncated();
CREATE TRIGGER pairings_taught_refiled AFTER UPDATE OF senior_id, junior_id ON pairings
    FOR EACH ROW WHEN (NEW.senior_id IS DISTINCT FROM OLD.senior_id OR NEW.junior_id IS DISTINCT FROM OLD.junior_id)
    EXECUTE FUNCTION insights.taught_notes_refiled();
CREATE TRIGGER sessions_taught_refiled AFTER UPDATE OF pairing_id ON sessions
    FOR EACH ROW WHEN (NEW.pairing_id IS DISTINCT FROM OLD.pairing_id)
    EXECUTE FUNCTION insights.taught_notes_refiled();

SELECT insights.rebuild_pairing_profiles();
