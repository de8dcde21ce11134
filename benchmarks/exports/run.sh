#!/usr/bin/env bash
# The exports' streaming writer with 1,000,000 rows (benchmark-only in-memory source), each export and format in its
# own process so each peak RSS is its own. Results go into docs/benchmarks.md by hand, with the machine and date.
set -euo pipefail
cd "$(dirname "$0")"
rows=${1:-1000000}
dotnet build -c Release -v q -nologo . >/dev/null
echo "$(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for kind in lessons topic-trends; do
    for format in csv jsonl; do
        dotnet bin/Release/net10.0/MentorGraph.ExportsBenchmark.dll "$kind" "$format" "$rows"
    done
done
