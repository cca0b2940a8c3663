#!/usr/bin/env bash
# Peak memory of `agreements ingest` against batch size: ingests the first 1,000, 10,000 and all articles of
# the VNTC politics file into fresh databases, in one run, and prints each run's peak RSS, its ratio to the
# 1k run, and the wall time. Usage:
#   bench/memory.sh [JSONL] [COUNTS...]      (defaults: ../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl, 1000 10000 all)
# The file is read in place (head | ingest -); databases go to a temporary folder, removed at the end.
# Peak RSS is /usr/bin/time's "Maximum resident set size" when present, else VmHWM polled from /proc.
# AGREEMENTS_MEMTRACE=1 (stderr, here sent to the terminal) splits each run's peak into anonymous memory, mapped files and the GC heap.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000 all)
[ -r "$data" ] || { echo "error: $data: cannot read (give the VNTC .jsonl path)" >&2; exit 1; }
# AGREEMENTS names another build to measure the same way (e.g. "dotnet /tmp/old/Extraction.Cli.dll").
read -r -a run <<<"${AGREEMENTS:-./agreements}"
"${run[@]}" --help >/dev/null # publish first, so no run pays for the build
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Peak RSS in KiB of `dotnet $dll ingest - --db DB` fed the first N lines (all for "all").
peak() {
  local n="$1" db="$work/$1.db" feed=(cat "$data")
  [ "$n" = all ] || feed=(head -n "$n" "$data")
  if [ -x /usr/bin/time ]; then
    "${feed[@]}" | /usr/bin/time -f '%M %e' -o "$work/time" "${run[@]}" ingest - --db "$db" --quiet
    cat "$work/time"
  else
    local start=$SECONDS hwm=0
    "${feed[@]}" | "${run[@]}" ingest - --db "$db" --quiet &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "$hwm")
      sleep 0.2
    done
    wait "$pid"
    echo "$hwm $((SECONDS - start))"
  fi
}

printf '%-8s %12s %8s %10s\n' articles "peak RSS MB" "x 1st" "seconds"
first=""
for n in "${counts[@]}"; do
  read -r kb secs < <(peak "$n")
  [ -n "$first" ] || first="$kb"
  printf '%-8s %12.1f %8.2f %10s\n' "$n" "$(awk "BEGIN{print $kb/1024}")" "$(awk "BEGIN{print $kb/$first}")" "$secs"
done
