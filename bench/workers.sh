#!/usr/bin/env bash
# Team workers on one PostgreSQL, in one run: a WARC of RECORDS (default 10,000) VNTC articles is built in a temp
# folder (bench/make-warc.py; nothing committed), then
#   - enqueue: `agreements enqueue` of the WARC (cut into jobs of 100 records by byte offset), records/s and jobs/s;
#   - workers: the queue drained by 1, 2 and 4 `agreements worker --drain` processes at once, articles/s and the
#     ratio to 1 worker; and a single-process `agreements ingest` of the same WARC into the same server for reference.
# Each run gets a fresh database; runs alternate over ROUNDS (default 2); the best time counts.
# Usage: bench/workers.sh [PG]   (default: $AGREEMENTS_TEST_PG, else the server .ci/postgres.sh starts)
# AGREEMENTS names another build to measure (e.g. "dotnet src/Cli/bin/Release/net10.0/Extraction.Cli.dll").
set -euo pipefail
cd "$(dirname "$0")/.."
pg="${1:-${AGREEMENTS_TEST_PG:-$(bash .ci/postgres.sh)}}"
records="${RECORDS:-10000}"
rounds="${ROUNDS:-2}"
read -r -a run <<<"${AGREEMENTS:-./agreements}"
"${run[@]}" --help >/dev/null # publish first, so no run pays for the build
work="$(mktemp -d)"
export AGREEMENTS_INDEX_DIR="$work/index"
trap 'rm -rf "$work"' EXIT
python3 bench/make-warc.py "$work/crawl.warc" "$records"

field() { tr ';' '\n' <<<"$pg" | sed -n "s/^$1=//Ip" | head -n 1; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="$(field Password)" psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres -qAtc "$1" >/dev/null; }
fresh() {
  psql_admin "DROP DATABASE IF EXISTS bench_workers WITH (FORCE)"
  psql_admin "CREATE DATABASE bench_workers"
  db="$(sed -E 's/(^|;)Database=[^;]*/\1Database=bench_workers/I' <<<"$pg")"
}
now() { date +%s.%N; }
secs() { awk "BEGIN{printf \"%.2f\", $2 - $1}"; }

declare -A best
keep() { if [ -z "${best[$1]:-}" ] || awk "BEGIN{exit !($2 < ${best[$1]})}"; then best[$1]=$2; fi; }
for ((r = 1; r <= rounds; r++)); do
  fresh
  s=$(now); "${run[@]}" enqueue "$work/crawl.warc" --db "$db" --records-per-job 100 --quiet; t=$(secs "$s" "$(now)")
  echo "round $r: enqueue ${t}s" >&2; keep enqueue "$t"
  for n in 1 2 4; do
    fresh
    "${run[@]}" enqueue "$work/crawl.warc" --db "$db" --records-per-job 100 --quiet
    s=$(now)
    pids=()
    for ((w = 0; w < n; w++)); do "${run[@]}" worker --db "$db" --drain --quiet & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p"; done
    t=$(secs "$s" "$(now)")
    echo "round $r: $n workers ${t}s" >&2; keep "w$n" "$t"
  done
  fresh
  s=$(now); "${run[@]}" ingest "$work/crawl.warc" --db "$db" --quiet; t=$(secs "$s" "$(now)")
  echo "round $r: ingest ${t}s" >&2; keep ingest "$t"
done
psql_admin "DROP DATABASE IF EXISTS bench_workers WITH (FORCE)"
printf 'enqueue of %s WARC records (%s jobs): %ss, %.0f records/s, %.0f jobs/s (whole process)\n' "$records" "$(((records + 99) / 100))" "${best[enqueue]}" \
  "$(awk "BEGIN{print $records / ${best[enqueue]}}")" "$(awk "BEGIN{print ($records + 99) / 100 / ${best[enqueue]}}")"
printf '%-22s %9s %12s %14s\n' run seconds articles/s "ratio to 1"
for k in w1 w2 w4 ingest; do
  label="$k"; [ "$k" != ingest ] && label="${k#w} worker(s)"; [ "$k" = ingest ] && label="ingest (one process)"
  printf '%-22s %9s %12.0f %14.2f\n' "$label" "${best[$k]}" "$(awk "BEGIN{print $records / ${best[$k]}}")" "$(awk "BEGIN{print ${best[w1]} / ${best[$k]}}")"
done
