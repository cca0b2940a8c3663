#!/usr/bin/env bash
# Scores the extractor on the invented probe suites (bench/probes/*.jsonl): each paragraph becomes a page with its gold in a
# temporary folder, then `agreements eval` runs over it. Usage: bench/probes.sh [portal|national|mixed|mixed2|mixed3|national2|mixed4|portal2|lists|split-national|split-portal|study-portal|study-national|rule-forms|study-negatives|kept-forms-a|kept-forms-b|date-forms|partner-forms|run-names|one-side|ownership-names|long-a|long-b|portal3|national3|news-dates|news-negatives|lists-runs|items-forms|news-long|signing-days|org-names|politics-news|collective-sides|news-incidental|state-sides|world-news] [eval options, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:-portal}"; shift || true
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
python3 bench/pools.py --suite "$suite" "$dir"
dotnet run -c Release --project src/Cli -- eval "$dir" "$@"
