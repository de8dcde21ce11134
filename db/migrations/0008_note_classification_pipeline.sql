-- The note classification pipeline (issue 10): every model result per note and text, the notes' sentence
-- embeddings, and the outbox the background jobs drain. Hangfire's own tables live in the schema of
-- Jobs:SchemaName (default "hangfire"), created by the program at start-up under the migrations' advisory lock
-- (src/Api/Jobs/HangfireSchema.cs), not here: Hangfire.PostgreSql owns and upgrades them.

-- The SHA-256 of a note's text as UTF-8: what a classification and a stored embedding are keyed by, so an
-- edited note is classified again and an unchanged one never is. convert_to is only STABLE (encodings could be
-- renamed); the database's encoding is fixed at creation, so the result never changes: declared IMMUTABLE so
-- session_notes can store it. The program computes the same bytes (SHA-256 of the UTF-8 text).
CREATE FUNCTION note_text_sha256(note_text text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT sha256(convert_to(note_text, 'UTF8')) $$;

ALTER TABLE session_notes
    ADD COLUMN text_sha256 bytea NOT NULL GENERATED ALWAYS AS (note_text_sha256(text)) STORED;

COMMENT ON COLUMN session_notes.text_sha256 IS 'SHA-256 of the text (UTF-8), computed by the database: the key of the note''s classifications and embedding.';
COMMENT ON COLUMN session_notes.model_version IS 'The model whose result the effective label is (label_source MODEL); the jobs write it only from the active model, never over a PERSON label.';

CREATE TABLE note_classifications (
    note_id               bigint      NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    model_version         text        NOT NULL,
    text_sha256           bytea       NOT NULL,
    topic_id              text        NOT NULL REFERENCES topics (id),
    topic_probability     real        NOT NULL,
    topics                jsonb       NOT NULL,
    direction             text        NOT NULL,
    direction_probability real        NOT NULL,
    needs_review          boolean     NOT NULL,
    evidence              jsonb       NOT NULL,
    classified_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT note_classifications_pkey PRIMARY KEY (note_id, model_version, text_sha256),
    CONSTRAINT note_classifications_direction_values CHECK (direction IN ('UPWARD', 'DOWNWARD', 'MUTUAL')),
    CONSTRAINT note_classifications_topic_probability_range CHECK (topic_probability BETWEEN 0 AND 1),
    CONSTRAINT note_classifications_direction_probability_range CHECK (direction_probability BETWEEN 0 AND 1),
    CONSTRAINT note_classifications_model_version_not_blank CHECK (btrim(model_version) <> '')
);

COMMENT ON TABLE note_classifications IS 'Every model''s result for every text a note had: written once (INSERT ... ON CONFLICT DO NOTHING), so a job run twice stores one result. The effective label is on session_notes.';
COMMENT ON COLUMN note_classifications.model_version IS 'The classifier model that produced it; ''seed'' marks labels the demo seed generated its notes from (not a model''s).';
COMMENT ON COLUMN note_classifications.topics IS 'The primary topic and the secondary topics at least as probable as the threshold, most probable first: [{"topic": "SOCIAL_MEDIA", "probability": 0.81}, ...].';
COMMENT ON COLUMN note_classifications.evidence IS 'The n-grams that pushed the decisions, strongest first per model: [{"ngram": "...", "supports": "SOCIAL_MEDIA" | "UPWARD" | ..., "weight": 1.2}, ...].';
-- The primary key serves SessionNote.modelClassification (note and model) and the sweep's anti-join
-- (note, model, text). No index on topic_id: aggregates read the effective label on session_notes.

CREATE TABLE note_embeddings (
    note_id     bigint NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    encoder     text   NOT NULL,
    text_sha256 bytea  NOT NULL,
    vector      bytea  NOT NULL,
    CONSTRAINT note_embeddings_pkey PRIMARY KEY (note_id, encoder),
    CONSTRAINT note_embeddings_vector_floats CHECK (length(vector) > 0 AND length(vector) % 4 = 0)
);

COMMENT ON TABLE note_embeddings IS 'A note''s sentence embedding per encoder, for the text with that hash: retraining and re-classification read it instead of encoding the note again; replaced when the note''s text changes.';
COMMENT ON COLUMN note_embeddings.vector IS 'The unit-length vector as little-endian float32s (4 bytes per dimension).';

CREATE TABLE classification_outbox (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id    bigint      NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    priority   smallint    NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT classification_outbox_priority_known CHECK (priority IN (0, 1))
);

COMMENT ON TABLE classification_outbox IS 'Notes waiting for the classification jobs: written in the transaction that writes the note (priority 0) or by the sweep (priority 1: no result from the active model, e.g. seeded, imported or after an activation). A job claims rows with FOR UPDATE SKIP LOCKED and deletes them in the transaction that stores the results.';
COMMENT ON COLUMN classification_outbox.priority IS '0: a new or edited note (the "notes" queue, first); 1: re-classification (the "reclassify" queue).';
-- A job's claim: the oldest rows of one priority (and pipeline.oldestPendingAt).
CREATE INDEX classification_outbox_claim ON classification_outbox (priority, created_at, id);
-- The sweep's "already waiting" check and ON DELETE CASCADE from session_notes.
CREATE INDEX classification_outbox_note ON classification_outbox (note_id);

CREATE TABLE classification_triggers (
    priority     smallint    PRIMARY KEY,
    pending      boolean     NOT NULL DEFAULT false,
    requested_at timestamptz NULL,
    CONSTRAINT classification_triggers_priority_known CHECK (priority IN (0, 1))
);

COMMENT ON TABLE classification_triggers IS 'Coalesces the enqueueing of classification jobs across processes: a writer enqueues a job only when it flips pending from false to true (or the flag is stale); a job clears it before it claims, so a note committed later enqueues a new job.';

INSERT INTO classification_triggers (priority) VALUES (0), (1);
