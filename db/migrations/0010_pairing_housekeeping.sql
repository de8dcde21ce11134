-- The pairings' housekeeping jobs (src/Persistence/Housekeeping/PairingHousekeeping.cs).
--
-- The at-risk job reads each ACTIVE pairing's last completed session, max(occurred_at), every hour. Through
-- sessions_pairing_id that is a heap visit per session (sessions are loaded week by week, so a pairing's rows lie
-- on as many pages as it has sessions): on the 1,000,000-session seed, 18,000 ACTIVE pairings cost 2.6 s and
-- 810,000 buffers a run. This index answers each with one backward index-only probe (0.25 s, 130,000 buffers).
-- Partial like sessions_occurred_at_id: only completed sessions have an occurred_at. Pairing.lastSessionAt reads the
-- same maximum for a page of pairings.
CREATE INDEX sessions_pairing_id_occurred_at ON sessions (pairing_id, occurred_at) WHERE occurred_at IS NOT NULL;

-- The expiry job needs no index of its own: pairings_proposed_respond_by (0003) holds exactly the PROPOSED rows
-- by respond_by (a batch of 1,000 expiries took 150 ms on the seed).

COMMENT ON COLUMN pairings.respond_by IS 'A PROPOSED pairing not answered by then is EXPIRED by the expiry job (every 5 minutes), with a history row by the system (by_person_id NULL). Default 14 days after proposal (Pairings:RespondWithinDays).';
COMMENT ON COLUMN pairings.at_risk IS 'ACTIVE with no COMPLETED session for more than N periods of its cadence (7, 14 or 30 days; N = Pairings:AtRiskAfterPeriods, 3), counted from the latest of that session, started_at and the last move to ACTIVE. Set and cleared by the hourly at-risk job, cleared by any status change; not a client edit, so it does not raise version.';
