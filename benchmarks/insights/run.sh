#!/usr/bin/env bash
# The insight queries' latency (issue 11: p95 <= 500 ms each on the 1,000,000-session seed, served from the trend
# tables), through the API, against a COPY of the shared 1M database — never the shared one itself:
#
#   MENTORGRAPH_DB='Host=...;Database=<you>_1m;...' benchmarks/insights/run.sh [REPETITIONS]   (default 30)
#
# Make the copy first (docs/benchmarks.md, "Insight latency"). The script applies the migrations to the copy, brings
# the trend tables and knowledge-flow cells up to date (mentorgraph trends refresh: the first time after migration
# 0013 it builds the cells, about a minute at 1M), then starts `mentorgraph serve` (Release) on a free port with the
# job server off (so the pipeline does not reclassify the seed's notes meanwhile) and no rate limit, and times every
# case sequentially (benchmarks/insights/latency.mjs). The period is the 12 months up to the last note. Prints one
# JSON line per case; cases for fields the served schema lacks are skipped with a message.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
repetitions=${1:-30}
cs=${MENTORGRAPH_DB:?set MENTORGRAPH_DB to the connection string of your copy of the 1M database}
cd "$repo"
dotnet build -c Release src/Api -v q -nologo >/dev/null
mg="dotnet $repo/src/Api/bin/Release/net10.0/mentorgraph.dll"
export ASPNETCORE_ENVIRONMENT=Development
$mg migrate --db "$cs" >/dev/null
# No command timeout for this one step: the first refresh after migration 0013 builds every cell, longer than the
# connection's default 30 s on a busy machine ("Exception while reading from stream" when it was cut off).
$mg trends refresh --db "$cs;Command Timeout=0" >&2
sql() { psql "$(python3 - "$cs" <<'PY'
import sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
print(f"postgresql://{parts['Username']}:{parts['Password']}@{parts['Host']}:{parts['Port']}/{parts['Database']}")
PY
)" -qtAX -c "$1"; }
# Tables the migrations just created or filled have no planner statistics until autovacuum gets to them. On a fresh copy
# the first knowledgeFlow TOPIC,BAND_PAIR,WEEK hit the 30 s request limit while the cells were not yet analyzed
# (autoanalyze came seconds later) and took 0.3 s in the next run — most likely a plan made without statistics.
sql "SET client_min_messages = error; ANALYZE"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
work=$(mktemp -d)
server=
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
$mg serve --db "$cs" --no-migrate --urls "http://127.0.0.1:$port" \
  --set Jobs:RunServerInServe=false --set RateLimiting:Enabled=false >"$work/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.5; done

to=$(sql "SELECT (max(created_at) AT TIME ZONE 'UTC')::date FROM session_notes WHERE topic_id IS NOT NULL")
from=$(date -d "$to - 364 days" +%F)
program=$(sql "SELECT min(id) FROM programs")
# The department with the most people (the widest department filter).
department=$(sql "SELECT department_id FROM people WHERE department_id IS NOT NULL GROUP BY department_id ORDER BY count(*) DESC, department_id LIMIT 1")
# Someone to find partners for: the active executive and the active junior with the most declared wishes (lowest id).
executive=$(sql "SELECT p.id FROM people p JOIN person_wants_to_learn w ON w.person_id = p.id WHERE p.active AND p.band = 'EXECUTIVE' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1")
junior=$(sql "SELECT p.id FROM people p JOIN person_wants_to_learn w ON w.person_id = p.id WHERE p.active AND p.band = 'JUNIOR' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1")
analyst=$($mg token --email insights-bench@example.com --role ANALYST)
admin=$($mg token --email insights-bench-admin@example.com --role ADMIN)
echo "period $from to $to, program $program, department $department, executive $executive, junior $junior" >&2

python3 - "$work/cases.json" "$analyst" "$admin" "$from" "$to" "$program" "$executive" "$junior" "$department" <<'PY'
import base64, json, sys
out, analyst, admin, start, end, program, executive, junior, department = sys.argv[1:]
gid = lambda t, k: base64.b64encode(f"{t}:{k}".encode()).decode()
period = {"from": start, "to": end}
trending = "query($p: PeriodInput!, $g: TrendGranularity!) { trendingTopics(period: $p, granularity: $g) { topic { id } trending falling score reason upward downward mutual series { start notes } } }"
flow = "query($p: PeriodInput!, $g: [FlowGrouping!]!, $w: KnowledgeFlowFilterInput) { knowledgeFlow(period: $p, groupBy: $g, where: $w) { key label suppressed upward downward mutual total reciprocityIndex } }"
teachers = "query($t: TopicId!, $d: LearningDirection) { teachersFor(topic: $t, direction: $d, first: 10) { person { id name title band department { name } } lessonsTaught upward downward mutual classifiedNotes } }"
pairings = "query($program: ID!, $person: ID!) { suggestedPairings(programId: $program, personId: $person, first: 10) { person { id name band department { name } } seniorId juniorId score explanation theyCanTeach { id } youCanTeach { id } } }"
engagement = "query($p: PeriodInput!, $w: EngagementFilterInput) { engagement(period: $p, where: $w) { suppressed activePairings pausedPairings sessionsHeld sessionsExpected cadenceAdherence atRiskPairings proposalsWaiting averageProposalAgeDays oldestProposalAgeDays feedbackCount averageFeedbackRating lessonsPerPairing } }"
participation = "query($p: PeriodInput!, $g: [ParticipationGrouping!]!) { participation(period: $p, groupBy: $g) { key label suppressed juniors seniors repeatParticipants pairingsStarted pairingsCompleted completionRate } }"
topic_trends = "query { topicTrends(first: 50) { edges { node { topic { id } granularity periodStart suppressed notes share upward downward mutual lessons people } } } }"
cases = [
    {"name": "trendingTopics WEEK", "field": "trendingTopics", "token": analyst, "query": trending, "variables": {"p": period, "g": "WEEK"}},
    {"name": "trendingTopics MONTH", "field": "trendingTopics", "token": analyst, "query": trending, "variables": {"p": period, "g": "MONTH"}},
    {"name": "knowledgeFlow (no groupBy)", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": []}},
]
for g in ["DEPARTMENT", "PROGRAM", "TOPIC", "BAND_PAIR", "MONTH", "WEEK"]:
    cases.append({"name": f"knowledgeFlow {g}", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": [g]}})
cases += [
    {"name": "knowledgeFlow DEPARTMENT,TOPIC,MONTH", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": ["DEPARTMENT", "TOPIC", "MONTH"]}},
    {"name": "knowledgeFlow TOPIC,BAND_PAIR,WEEK", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": ["TOPIC", "BAND_PAIR", "WEEK"]}},
    {"name": "knowledgeFlow DEPARTMENT where program", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": ["DEPARTMENT"], "w": {"programId": gid("Program", program)}}},
    {"name": "knowledgeFlow TOPIC,MONTH where department", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": ["TOPIC", "MONTH"], "w": {"departmentId": gid("Department", department)}}},
    {"name": "knowledgeFlow DEPARTMENT,TOPIC,MONTH where program+topic", "field": "knowledgeFlow", "token": analyst, "query": flow, "variables": {"p": period, "g": ["DEPARTMENT", "TOPIC", "MONTH"], "w": {"programId": gid("Program", program), "topic": "LEADERSHIP"}}},
    {"name": "teachersFor SOCIAL_MEDIA", "field": "teachersFor", "token": analyst, "query": teachers, "variables": {"t": "SOCIAL_MEDIA"}},
    {"name": "teachersFor EMERGING_TECH UPWARD", "field": "teachersFor", "token": analyst, "query": teachers, "variables": {"t": "EMERGING_TECH", "d": "UPWARD"}},
    {"name": "suggestedPairings (an executive)", "field": "suggestedPairings", "token": admin, "query": pairings, "variables": {"program": gid("Program", program), "person": gid("Person", executive)}},
    {"name": "suggestedPairings (a junior)", "field": "suggestedPairings", "token": admin, "query": pairings, "variables": {"program": gid("Program", program), "person": gid("Person", junior)}},
    {"name": "engagement", "field": "engagement", "token": analyst, "query": engagement, "variables": {"p": period}},
    {"name": "engagement where departmentId", "field": "engagement", "token": analyst, "query": engagement, "variables": {"p": period, "w": {"departmentId": gid("Department", department)}}},
    {"name": "engagement where programId", "field": "engagement", "token": analyst, "query": engagement, "variables": {"p": period, "w": {"programId": gid("Program", program)}}},
    {"name": "participation DEPARTMENT", "field": "participation", "token": analyst, "query": participation, "variables": {"p": period, "g": ["DEPARTMENT"]}},
    {"name": "participation PROGRAM,DEPARTMENT", "field": "participation", "token": analyst, "query": participation, "variables": {"p": period, "g": ["PROGRAM", "DEPARTMENT"]}},
    {"name": "participation DEPARTMENT,MONTH", "field": "participation", "token": analyst, "query": participation, "variables": {"p": period, "g": ["DEPARTMENT", "MONTH"]}},
    {"name": "participation DEPARTMENT,QUARTER", "field": "participation", "token": analyst, "query": participation, "variables": {"p": period, "g": ["DEPARTMENT", "QUARTER"]}},
    {"name": "topicTrends first 50", "field": "topicTrends", "token": analyst, "query": topic_trends, "variables": {}},
]
json.dump(cases, open(out, "w"))
PY
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)" >&2
echo "uptime before: $(uptime)" >&2
node benchmarks/insights/latency.mjs "http://127.0.0.1:$port" "$work/cases.json" "$repetitions"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "uptime after: $(uptime)" >&2
