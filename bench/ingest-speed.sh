#!/usr/bin/env bash
# Whole-process throughput of the write path, in one run: `agreements extract` over the VNTC politics articles
# (the work ingest must do before storing) against `agreements ingest` of the same file into a fresh SQLite
# store, with the search-index write (today's engine) on, and off behind an internal bench switch, to say what
# share the index write takes. Each run is repeated (ROUNDS, default 2) in turn; the best time counts.
# Usage: bench/ingest-speed.sh [JSONL]   (default ../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl)
# AGREEMENTS names another build to measure (e.g. "dotnet src/Cli/bin/Release/net10.0/Extraction.Cli.dll").
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl}"
rounds="${ROUNDS:-2}"
[ -r "$data" ] || { echo "error: $data: cannot read (give the VNTC .jsonl path)" >&2; exit 1; }
read -r -a run <<<"${AGREEMENTS:-./agreements}"
"${run[@]}" --help >/dev/null # publish first, so no run pays for the build
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-800000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
records=$(wc -l <"$data")

# Seconds (wall) of one run of "$@", stdout discarded.
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk "BEGIN{printf \"%.2f\", $end - $start}"
}

declare -A best
for ((r = 1; r <= rounds; r++)); do
  for mode in extract ingest ingest-no-index ingest-1-worker; do
    rm -rf "$work"/s.db*
    case "$mode" in
      extract) t=$(timed "${run[@]}" extract "$data" --quiet) ;;
      ingest) t=$(timed "${run[@]}" ingest "$data" --db "$work/s.db" --quiet) ;;
      ingest-no-index) t=$(AGREEMENTS_BENCH_NO_SEARCH_INDEX=1 timed "${run[@]}" ingest "$data" --db "$work/s.db" --quiet) ;;
      ingest-1-worker) t=$(AGREEMENTS_INGEST_WORKERS=1 timed "${run[@]}" ingest "$data" --db "$work/s.db" --quiet) ;;
    esac
    echo "round $r: $mode ${t}s" >&2
    if [ -z "${best[$mode]:-}" ] || awk "BEGIN{exit !($t < ${best[$mode]})}"; then best[$mode]=$t; fi
  done
done
printf '%-18s %9s %12s\n' run seconds articles/s
for mode in extract ingest ingest-no-index ingest-1-worker; do
  printf '%-18s %9s %12.0f\n' "$mode" "${best[$mode]}" "$(awk "BEGIN{print $records / ${best[$mode]}}")"
done
awk "BEGIN{printf \"search-index write share of ingest: %.0f%%\n\", 100 * (1 - ${best[ingest-no-index]} / ${best[ingest]})}"
