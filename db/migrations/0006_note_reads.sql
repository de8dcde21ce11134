-- The audit of privileged reads: a row each time an ADMIN reads another pair's PAIR note, so the note's
-- author can see who read it (SessionNote.readByAdmins). Append-only.

CREATE TABLE note_reads (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The audit belongs to the note: when its author deletes the note, who read it no longer matters to
    -- anyone who could ask, so the rows go with it.
    note_id   bigint      NOT NULL REFERENCES session_notes (id) ON DELETE CASCADE,
    reader_id bigint      NOT NULL REFERENCES people (id),
    read_at   timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE note_reads IS 'Audit: an ADMIN read another pair''s PAIR note (who, which note, when). Written by the application; never updated.';

-- SessionNote.readByAdmins, in time order; also the FK.
CREATE INDEX note_reads_note_id ON note_reads (note_id, read_at, id);
-- No index on reader_id: people are never deleted, and nothing lists reads by reader yet.
