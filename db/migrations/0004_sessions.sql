-- Sessions of a pairing, the participants' notes on them and their feedback.
--
-- Scale: the seed loads up to 1,000,000 sessions (and a note or two for most) with COPY, and insights
-- aggregate notes by topic and week. Each index below is one the API's filters, orders or nested lists
-- need; every other one would be paid on each of those million inserts. The triggers are small
-- (one indexed lookup per row).

CREATE TABLE sessions (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pairing_id       bigint      NOT NULL REFERENCES pairings (id),
    scheduled_at     timestamptz NOT NULL,
    occurred_at      timestamptz NULL,
    duration_minutes integer     NOT NULL,
    format           text        NOT NULL,
    status           text        NOT NULL DEFAULT 'SCHEDULED',
    status_reason    text        NULL,
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sessions_duration_range CHECK (duration_minutes BETWEEN 1 AND 1440),
    CONSTRAINT sessions_format_values CHECK (format IN ('COFFEE', 'LUNCH', 'VIDEO', 'OFFICE', 'WALK', 'OTHER')),
    CONSTRAINT sessions_status_values CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'MISSED')),
    -- A session has occurred exactly when it is COMPLETED.
    CONSTRAINT sessions_occurred_exactly_when_completed CHECK ((occurred_at IS NOT NULL) = (status = 'COMPLETED')),
    CONSTRAINT sessions_status_reason_length CHECK (status_reason IS NULL OR char_length(status_reason) <= 2000),
    CONSTRAINT sessions_version_positive CHECK (version > 0)
);

COMMENT ON TABLE sessions IS 'A meeting of a pairing. Status SCHEDULED -> COMPLETED | CANCELLED | MISSED, only from SCHEDULED (sessions_check_status, MG004). scheduled_at may be in the past: sessions are often recorded afterwards.';
COMMENT ON COLUMN sessions.occurred_at IS 'When it took place; set exactly when COMPLETED, never in the future (MG007).';
COMMENT ON COLUMN sessions.status_reason IS 'Why it was cancelled or missed.';

-- Pairing -> sessions in time order, and Pairing.lastSessionAt (the last entry per pairing). Also the FK.
CREATE INDEX sessions_pairing_id ON sessions (pairing_id, scheduled_at, id);
-- The sessions list's default order and scheduledAt filter/sort.
CREATE INDEX sessions_scheduled_at_id ON sessions (scheduled_at, id);
-- The occurredAt filter/sort; partial: only completed sessions have one.
CREATE INDEX sessions_occurred_at_id ON sessions (occurred_at, id) WHERE occurred_at IS NOT NULL;
-- No index on status or format: 4 and 6 values; they narrow a scan of one of the indexes above.

-- The session state machine. Mirrored by SessionStateMachine in src/Persistence/Domain.
CREATE FUNCTION session_status_edge_allowed(from_status text, to_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN from_status = 'SCHEDULED' AND to_status IN ('COMPLETED', 'CANCELLED', 'MISSED');

-- MG004: status changes only along an edge; MG007: occurred_at is not in the future. The database's
-- clock may lag the application's a little: 5 minutes of slack, so a check the application passed is
-- not refused here; the application checks against its own clock without slack.
CREATE FUNCTION sessions_check() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
        AND NOT session_status_edge_allowed(OLD.status, NEW.status) THEN
        RAISE EXCEPTION 'A session cannot go from % to %.', OLD.status, NEW.status
            USING ERRCODE = 'MG004', TABLE = 'sessions', COLUMN = 'status';
    END IF;
    IF NEW.occurred_at > now() + interval '5 minutes'
        AND (TG_OP = 'INSERT' OR NEW.occurred_at IS DISTINCT FROM OLD.occurred_at) THEN
        RAISE EXCEPTION 'A session cannot have occurred in the future (%).', NEW.occurred_at
            USING ERRCODE = 'MG007', TABLE = 'sessions', COLUMN = 'occurred_at';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER sessions_check
    BEFORE INSERT OR UPDATE OF status, occurred_at ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_check();

-- The two participants of a session's pairing; no row when the session does not exist.
CREATE FUNCTION session_participants(session_id bigint, OUT senior_id bigint, OUT junior_id bigint)
    LANGUAGE sql STABLE
    AS $$ SELECT p.senior_id, p.junior_id FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE s.id = session_id $$;

CREATE TABLE session_notes (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id    bigint      NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    author_id     bigint      NOT NULL REFERENCES people (id),
    text          text        NOT NULL,
    visibility    text        NOT NULL,
    topic_id      text        NULL REFERENCES topics (id),
    direction     text        NULL,
    label_source  text        NULL,
    model_version text        NULL,
    classified_at timestamptz NULL,
    version       integer     NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT session_notes_one_per_author UNIQUE (session_id, author_id),
    -- The hard cap; the configurable limit (default 20,000 characters) is the application's.
    CONSTRAINT session_notes_text_length CHECK (char_length(text) BETWEEN 1 AND 100000),
    CONSTRAINT session_notes_visibility_values CHECK (visibility IN ('PAIR', 'PRIVATE')),
    CONSTRAINT session_notes_direction_values CHECK (direction IS NULL OR direction IN ('UPWARD', 'DOWNWARD', 'MUTUAL')),
    CONSTRAINT session_notes_label_source_values CHECK (label_source IS NULL OR label_source IN ('PERSON', 'MODEL')),
    -- A classification is all there or not at all; only a model's has a model version.
    CONSTRAINT session_notes_classification_complete CHECK (
        (topic_id IS NULL) = (direction IS NULL)
        AND (topic_id IS NULL) = (label_source IS NULL)
        AND (topic_id IS NULL) = (classified_at IS NULL)),
    CONSTRAINT session_notes_model_version_only_for_model CHECK (model_version IS NULL OR label_source = 'MODEL'),
    CONSTRAINT session_notes_version_positive CHECK (version > 0)
);

COMMENT ON TABLE session_notes IS 'One note per participant per session, written by that participant (session_notes_check_author, MG003).';
COMMENT ON COLUMN session_notes.visibility IS 'PAIR: both participants (and ADMIN); PRIVATE: the author only.';
COMMENT ON COLUMN session_notes.topic_id IS 'Classification (with direction, label_source, classified_at): NULL until the classifier or a person labels the note.';
COMMENT ON COLUMN session_notes.direction IS 'UPWARD (junior taught senior), DOWNWARD or MUTUAL.';
COMMENT ON COLUMN session_notes.label_source IS 'Who labelled the note: PERSON or MODEL.';

-- session_notes_one_per_author's index serves Session.notes and the upsert.
-- Insights: classified notes by topic and week over a period — a range scan on created_at that reads
-- topic and direction from the index alone (index-only scan), without the note texts.
CREATE INDEX session_notes_classified_created_at ON session_notes (created_at) INCLUDE (topic_id, direction)
    WHERE topic_id IS NOT NULL;
-- The classifier's work list: unclassified notes, oldest first; rows leave it once labelled.
CREATE INDEX session_notes_unclassified ON session_notes (created_at, id) WHERE classified_at IS NULL;
-- No index on author_id: notes are read per session, and people are never deleted.

-- MG003: the author of a note is one of the two participants of the session's pairing.
CREATE FUNCTION session_notes_check_author() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    participants record;
BEGIN
    SELECT * INTO participants FROM session_participants(NEW.session_id);
    -- A missing session is the foreign key's error, reported after this trigger.
    IF participants.senior_id IS NOT NULL AND NEW.author_id NOT IN (participants.senior_id, participants.junior_id) THEN
        RAISE EXCEPTION 'Only the two participants of a session can write a note on it.'
            USING ERRCODE = 'MG003', TABLE = 'session_notes', COLUMN = 'author_id';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER session_notes_check_author
    BEFORE INSERT OR UPDATE OF session_id, author_id ON session_notes
    FOR EACH ROW EXECUTE FUNCTION session_notes_check_author();

CREATE TABLE session_feedback (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id bigint      NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    author_id  bigint      NOT NULL REFERENCES people (id),
    rating     integer     NOT NULL,
    comment    text        NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT session_feedback_one_per_author UNIQUE (session_id, author_id),
    CONSTRAINT session_feedback_rating_range CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT session_feedback_comment_length CHECK (comment IS NULL OR char_length(comment) <= 4000)
);

COMMENT ON TABLE session_feedback IS 'Each participant rates a completed session once (no version: never changed). Dual-blind: the other participant sees it only once both have submitted (the API''s rule).';

-- MG003: the author is a participant; MG008: the session is COMPLETED.
CREATE FUNCTION session_feedback_check() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    participants record;
    session_status text;
BEGIN
    SELECT status INTO session_status FROM sessions WHERE id = NEW.session_id;
    IF NOT FOUND THEN
        RETURN NEW; -- the foreign key's error
    END IF;
    SELECT * INTO participants FROM session_participants(NEW.session_id);
    IF NEW.author_id NOT IN (participants.senior_id, participants.junior_id) THEN
        RAISE EXCEPTION 'Only the two participants of a session can give feedback on it.'
            USING ERRCODE = 'MG003', TABLE = 'session_feedback', COLUMN = 'author_id';
    END IF;
    IF session_status <> 'COMPLETED' THEN
        RAISE EXCEPTION 'Feedback is for completed sessions; this one is %.', session_status
            USING ERRCODE = 'MG008', TABLE = 'session_feedback', COLUMN = 'session_id';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER session_feedback_check
    BEFORE INSERT OR UPDATE OF session_id, author_id ON session_feedback
    FOR EACH ROW EXECUTE FUNCTION session_feedback_check();
