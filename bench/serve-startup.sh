#!/usr/bin/env bash
# Time from starting `serve` to its first answered search (GET /api/v1/search), on a store, for each given
# published build of src/Web, interleaved, N rounds; prints each build's median. Example:
#   bench/serve-startup.sh agreements.db 5 src/Web/bin/Serve /tmp/jit-build
set -euo pipefail
db="$1"; rounds="$2"; shift 2
port=5099
declare -A times
for ((r = 0; r < rounds; r++)); do
  for dir in "$@"; do
    start=$(date +%s%N)
    dotnet "$dir/Extraction.Web.dll" --db "$db" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/api/v1/search?q=giam+ngheo" >/dev/null 2>&1; do sleep 0.02; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times[$dir]+="$(( (end - start) / 1000000 )) "
  done
done
for dir in "$@"; do
  sorted=$(tr ' ' '\n' <<<"${times[$dir]}" | grep . | sort -n | tr '\n' ' ')
  median=$(tr ' ' '\n' <<<"$sorted" | grep . | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$dir: median ${median} ms to the first search answer (runs: $sorted)"
done
