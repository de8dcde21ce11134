-- Lessons: the two-way record of who taught whom what, in a pairing, optionally in one of its sessions.

CREATE TABLE lessons (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id   bigint      NOT NULL REFERENCES pairings (id),
    session_id   bigint      NULL REFERENCES sessions (id),
    teacher_id   bigint      NOT NULL REFERENCES people (id),
    learner_id   bigint      NOT NULL REFERENCES people (id),
    title        text        NOT NULL,
    detail       text        NOT NULL DEFAULT '',
    topic_id     text        NULL REFERENCES topics (id),
    topic_source text        NULL,
    direction    text        NOT NULL,
    visibility   text        NOT NULL,
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT lessons_teacher_is_not_learner CHECK (teacher_id <> learner_id),
    CONSTRAINT lessons_title_not_blank CHECK (btrim(title) <> '' AND char_length(title) <= 300),
    CONSTRAINT lessons_detail_length CHECK (char_length(detail) <= 20000),
    CONSTRAINT lessons_topic_source_values CHECK (topic_source IS NULL OR topic_source IN ('PERSON', 'MODEL')),
    -- A topic always says who set it (a person or the classifier), and only a topic has a source.
    CONSTRAINT lessons_topic_and_source_together CHECK ((topic_id IS NULL) = (topic_source IS NULL)),
    CONSTRAINT lessons_direction_values CHECK (direction IN ('UPWARD', 'DOWNWARD')),
    CONSTRAINT lessons_visibility_values CHECK (visibility IN ('PAIR', 'PROGRAM', 'COMPANY')),
    CONSTRAINT lessons_version_positive CHECK (version > 0)
);

COMMENT ON TABLE lessons IS 'Who taught whom what. teacher and learner are the pairing''s two participants (MG003), the session (if any) is one of the pairing''s (MG005), and direction follows from who taught (MG006): lessons_check.';
COMMENT ON COLUMN lessons.direction IS 'Derived: UPWARD when the teacher is the pairing''s junior (reverse mentoring), DOWNWARD when the senior. Stored so feeds and insights filter on it without a join.';
COMMENT ON COLUMN lessons.visibility IS 'PAIR: the two participants; PROGRAM: the program''s members; COMPANY: everyone (the lesson feed).';
COMMENT ON COLUMN lessons.topic_source IS 'Who set the topic: PERSON or MODEL (the classifier).';

-- Pairing -> lessons, Session -> lessons, Person -> lessonsTaught / lessonsLearned, newest last.
CREATE INDEX lessons_pairing_id ON lessons (pairing_id, created_at, id);
CREATE INDEX lessons_session_id ON lessons (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX lessons_teacher_id ON lessons (teacher_id, created_at, id);
CREATE INDEX lessons_learner_id ON lessons (learner_id, created_at, id);
-- The lessons list's createdAt order and filter.
CREATE INDEX lessons_created_at_id ON lessons (created_at, id);
-- The company-wide feed, newest first: only COMPANY lessons are in it.
CREATE INDEX lessons_company_feed ON lessons (created_at DESC, id DESC) WHERE visibility = 'COMPANY';
-- Filter by topic (and the FK to topics).
CREATE INDEX lessons_topic_id ON lessons (topic_id, created_at, id) WHERE topic_id IS NOT NULL;
-- Case-insensitive `contains` on the title.
CREATE INDEX lessons_title_trgm ON lessons USING gin (lower(title) gin_trgm_ops);
-- No index on direction or visibility alone: 2 and 3 values.

-- MG003: teacher and learner are the pairing's two participants; MG005: the session belongs to the
-- pairing; MG006: direction is UPWARD when the junior teaches, DOWNWARD when the senior does.
CREATE FUNCTION lessons_check() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    pairing record;
    session_pairing_id bigint;
    expected_direction text;
BEGIN
    SELECT senior_id, junior_id INTO pairing FROM pairings WHERE id = NEW.pairing_id;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key's error
    END IF;
    IF NEW.teacher_id NOT IN (pairing.senior_id, pairing.junior_id) THEN
        RAISE EXCEPTION 'The teacher of a lesson must be one of the pairing''s two participants.'
            USING ERRCODE = 'MG003', TABLE = 'lessons', COLUMN = 'teacher_id';
    END IF;
    IF NEW.learner_id NOT IN (pairing.senior_id, pairing.junior_id) THEN
        RAISE EXCEPTION 'The learner of a lesson must be one of the pairing''s two participants.'
            USING ERRCODE = 'MG003', TABLE = 'lessons', COLUMN = 'learner_id';
    END IF;
    IF NEW.session_id IS NOT NULL THEN
        SELECT s.pairing_id INTO session_pairing_id FROM sessions s WHERE s.id = NEW.session_id;
        IF FOUND AND session_pairing_id <> NEW.pairing_id THEN
            RAISE EXCEPTION 'The session of a lesson must belong to the lesson''s pairing.'
                USING ERRCODE = 'MG005', TABLE = 'lessons', COLUMN = 'session_id';
        END IF;
    END IF;
    expected_direction := CASE WHEN NEW.teacher_id = pairing.junior_id THEN 'UPWARD' ELSE 'DOWNWARD' END;
    IF NEW.direction IS DISTINCT FROM expected_direction THEN
        RAISE EXCEPTION 'A lesson taught by the %''s side is %, not %.',
            CASE WHEN expected_direction = 'UPWARD' THEN 'junior' ELSE 'senior' END, expected_direction, NEW.direction
            USING ERRCODE = 'MG006', TABLE = 'lessons', COLUMN = 'direction';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER lessons_check
    BEFORE INSERT OR UPDATE OF pairing_id, session_id, teacher_id, learner_id, direction ON lessons
    FOR EACH ROW EXECUTE FUNCTION lessons_check();
