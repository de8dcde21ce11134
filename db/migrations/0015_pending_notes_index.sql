-- The pipeline's pending notes (src/Api/Pipeline/PendingNotes.cs): the sweep's every minute and `pipeline`'s
-- anti-join "no result of the active model for the note's current text". With this index it reads
-- (id, text_sha256, updated_at) of every note from an index-only scan — a fraction of session_notes' heap, which holds
-- the note texts — merged in id order with note_classifications_pkey (note_id, model_version, text_sha256); without it
-- the join reads the whole table. updated_at is pipeline.oldestPendingAt's for a note not queued yet.
CREATE INDEX session_notes_pending ON session_notes (id) INCLUDE (text_sha256, updated_at);

-- The sweep's lesson topics (src/Api/Pipeline/LessonTopics.cs): the sessions of lessons that still have no topic,
-- without reading every lesson each minute.
CREATE INDEX lessons_without_topic ON lessons (session_id) WHERE topic_id IS NULL AND session_id IS NOT NULL;
