-- The note classifier's versions and the people's labels it learns from (the pipeline issue).
--
-- classifier_models: every model the service has used or judged — the built-in model, stored as the first
-- ACTIVE version when the table has none, and every retrained challenger, ACTIVE when it beat the model in use,
-- else REJECTED with its scores and the reason. Every serve/jobs process follows the ACTIVE row (it polls the
-- version), so an activation reaches them all without a restart.

CREATE TABLE classifier_models (
    -- 'builtin-<identity>' or 'retrained-<UTC time>-<identity>' (src/Api/Models/ModelVersions.cs); the
    -- model_version of every result the model gives.
    version                     text             PRIMARY KEY,
    -- The ModelPackage zip (src/Analytics/Artifacts/ModelPackage.cs): metadata, feature space, ML.NET models.
    package                     bytea            NOT NULL,
    package_sha256              text             NOT NULL,
    -- The package's metadata.json (pipeline version, training-set hash, options, training scores), to read without unzipping.
    metadata                    jsonb            NOT NULL,
    training_notes              integer          NOT NULL,
    -- How many of the training notes were person labels (0 for the built-in model).
    person_labels               integer          NOT NULL DEFAULT 0,
    status                      text             NOT NULL,
    -- Why the model has its status, in words (the activation rule's reasons name the scores that decided).
    reason                      text             NOT NULL,
    -- Scores on the development set and on the held-out person labels when the model was judged (NULL: not judged
    -- there — the built-in model before any retraining; the held-out set with fewer than 50 person labels).
    dev_topic_macro_f1          double precision NULL,
    dev_direction_accuracy      double precision NULL,
    dev_notes                   integer          NULL,
    held_out_topic_macro_f1     double precision NULL,
    held_out_direction_accuracy double precision NULL,
    held_out_notes              integer          NULL,
    -- The model that was active when this one was judged against it.
    compared_with               text             NULL REFERENCES classifier_models (version),
    created_at                  timestamptz      NOT NULL DEFAULT now(),
    activated_at                timestamptz      NULL,
    retired_at                  timestamptz      NULL,
    CONSTRAINT classifier_models_status_values CHECK (status IN ('ACTIVE', 'REJECTED', 'RETIRED')),
    -- An ACTIVE or RETIRED model was activated once; a REJECTED one never was. Only a RETIRED one is retired.
    CONSTRAINT classifier_models_activated CHECK ((activated_at IS NULL) = (status = 'REJECTED')),
    CONSTRAINT classifier_models_retired CHECK ((retired_at IS NULL) = (status <> 'RETIRED')),
    CONSTRAINT classifier_models_counts CHECK (training_notes > 0 AND person_labels >= 0 AND person_labels <= training_notes)
);

COMMENT ON TABLE classifier_models IS 'Versions of the note classifier (package bytes, metadata, scores, status, reason). At most one ACTIVE (classifier_models_one_active); every process classifies with it.';

-- At most one ACTIVE model; also the processes' poll of the active version (an index-only lookup).
CREATE UNIQUE INDEX classifier_models_one_active ON classifier_models (status) INCLUDE (version) WHERE status = 'ACTIVE';
-- classifierModels lists versions newest first.
CREATE INDEX classifier_models_created_at ON classifier_models (created_at DESC, version DESC);

-- note_labels: every label a person gave a note (topic and direction), kept as training data. The note's
-- effective label (session_notes.topic_id, direction, label_source = 'PERSON') is set in the same transaction.
CREATE TABLE note_labels (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id          bigint      NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    topic_id         text        NOT NULL REFERENCES topics (id),
    direction        text        NOT NULL,
    -- Who labelled it: the person of the directory whose email the token carries (NULL for a token of no one there) and that email.
    labelled_by_id   bigint      NULL REFERENCES people (id),
    labelled_by_email text       NULL,
    -- SHA-256 of the note's text as labelled (the note's text_sha256 then, 0008). Training uses a label only while
    -- the note's text still has this hash: an edited note's old label describes another text.
    text_sha256      bytea       NOT NULL,
    labelled_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT note_labels_direction_values CHECK (direction IN ('UPWARD', 'DOWNWARD', 'MUTUAL')),
    CONSTRAINT note_labels_text_sha256_length CHECK (length(text_sha256) = 32)
);

COMMENT ON TABLE note_labels IS 'Every person label of a note (append-only); the latest per note whose text_sha256 matches the note''s text is training data.';

-- The latest label of each note (training reads one per note); also the FK.
CREATE INDEX note_labels_note_id ON note_labels (note_id, labelled_at DESC, id DESC);
-- No index on labelled_by_id: people are never deleted, and nothing lists labels by person.

-- reviewQueue: the results that ask for review, lowest confidence first (the lower of the two probabilities),
-- then note; the query joins each to its note (label_source MODEL, the same model and text, PAIR).
CREATE INDEX note_classifications_review ON note_classifications (LEAST(topic_probability, direction_probability), note_id)
    WHERE needs_review;
