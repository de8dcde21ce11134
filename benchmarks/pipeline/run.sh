#!/usr/bin/env bash
# The pipeline's two targets, measured on a fresh database of the private test cluster (scripts/pg --name test):
#
#   benchmarks/pipeline/run.sh latency [SECONDS]   5 clients x 1 note/s (default 120 s): write -> classification
#                                                  readable through the API, p50/p95/p99 (target: p95 <= 1 s)
#   benchmarks/pipeline/run.sh backlog [NOTES]     NOTES seeded notes (default 10000; the seed's, by COPY, with no
#                                                  outbox row) classified by the jobs; notes/s against the classifier's
#                                                  own speed on the same notes (mentorgraph classify) (target: >= 80 %)
#
# The server runs as scripts/run runs it: `mentorgraph serve` (Release build, Development environment, its job
# server inside, every other setting at its default). Prints one JSON line per result; the database is dropped.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
mode=${1:?latency or backlog}
cd "$repo"
dotnet build -c Release src/Api -v q -nologo >/dev/null
mg="dotnet $repo/src/Api/bin/Release/net10.0/mentorgraph.dll"
export ASPNETCORE_ENVIRONMENT=Development
url=$(scripts/pg --name test start | tail -1)
name="bench_pipeline_$(date +%s)"
scripts/pg --name test psql -q -c "CREATE DATABASE $name" >/dev/null
cs="${url/Database=mentorgraph/Database=$name}"
psql_db() { scripts/pg --name test psql -d "$name" -qtAX "$@"; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
server=
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  scripts/pg --name test psql -q -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
$mg migrate --db "$cs" >/dev/null

start_server() {
  $mg serve --db "$cs" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.5; done
}

# Waits until every note has a result of the active model and the outbox is empty; prints the seconds it took
# from the first result to the last.
wait_classified() {
  local total=$1
  until [[ $(psql_db -c "SELECT count(*) FROM session_notes WHERE classified_at IS NOT NULL") -ge $total && \
           $(psql_db -c "SELECT count(*) FROM classification_outbox") -eq 0 ]]; do sleep 1; done
  psql_db -c "SELECT round(extract(epoch FROM max(classified_at) - min(classified_at))::numeric, 1) FROM note_classifications"
}

case "$mode" in
latency)
  seconds=${2:-120}
  $mg seed --db "$cs" --sessions 300 >/dev/null
  start_server
  notes=$(psql_db -c "SELECT count(*) FROM session_notes")
  wait_classified "$notes" >/dev/null   # the seed's notes first (the sweep), so the measurement sees new notes only
  psql_db -c "SELECT json_agg(json_build_object('email', email, 'session', session)) FROM (
      SELECT DISTINCT ON (p.id) j.email, s.id AS session FROM pairings p JOIN people j ON j.id = p.junior_id
      JOIN sessions s ON s.pairing_id = p.id WHERE s.status = 'COMPLETED'
      ORDER BY p.id, s.scheduled_at DESC LIMIT 5) c" > "$work/sessions.json"
  python3 - "$work/sessions.json" "$work/clients.json" "$repo/src/Api/bin/Release/net10.0/mentorgraph.dll" <<'PY'
import base64, json, subprocess, sys
rows = json.load(open(sys.argv[1]))
clients = [{"token": subprocess.check_output(["dotnet", sys.argv[3], "token", "--email", r["email"]], text=True).strip(),
            "sessionId": base64.b64encode(f"Session:{r['session']}".encode()).decode()} for r in rows]
json.dump(clients, open(sys.argv[2], "w"))
PY
  node benchmarks/pipeline/latency.mjs "http://127.0.0.1:$port" "$work/clients.json" "$seconds"
  ;;
backlog)
  notes=${2:-10000}
  # The seed writes about one note per session; sessions enough for NOTES notes, then exactly NOTES kept.
  $mg seed --db "$cs" --sessions $(( notes * 12 / 10 > 300 ? notes * 12 / 10 : 300 )) >/dev/null
  psql_db -c "DELETE FROM session_notes WHERE id NOT IN (SELECT id FROM session_notes ORDER BY id LIMIT $notes)"
  total=$(psql_db -c "SELECT count(*) FROM session_notes")
  # The classifier's own speed on the same notes, on the same cores: mentorgraph classify over JSON Lines.
  psql_db -c "SELECT json_build_object('id', n.id, 'text', n.text, 'authorRole', CASE WHEN n.author_id = p.senior_id THEN 'SENIOR' ELSE 'JUNIOR' END,
      'seniorName', sp.name, 'juniorName', jp.name) FROM session_notes n JOIN sessions s ON s.id = n.session_id
      JOIN pairings p ON p.id = s.pairing_id JOIN people sp ON sp.id = p.senior_id JOIN people jp ON jp.id = p.junior_id" > "$work/notes.jsonl"
  # Its start (the sentence encoder and the cached model) is timed on one note and taken off.
  head -1 "$work/notes.jsonl" > "$work/one.jsonl"
  start=$(date +%s.%N); $mg classify "$work/one.jsonl" > /dev/null; load=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N); $mg classify "$work/notes.jsonl" > /dev/null; own=$(echo "$(date +%s.%N) - $start - $load" | bc)
  start_server
  pipeline=$(wait_classified "$total")
  python3 -c "import json; n=$total; own=$own; p=float('$pipeline'); print(json.dumps({'notes': n, 'classifySeconds': round(own,1), 'classifyNotesPerSecond': round(n/own,1), 'pipelineSeconds': p, 'pipelineNotesPerSecond': round(n/p,1), 'share': round(own/p,3)}))"
  ;;
*) echo "run.sh: latency or backlog" >&2; exit 2 ;;
esac
