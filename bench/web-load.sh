#!/usr/bin/env bash
# API search p50/p99 at 1, 8 and 32 concurrent clients (loopback, a bounded number of requests per level) against the
# in-process Search() time of the same queries, measured before and after in the same run. Usage:
#   bench/web-load.sh DB [REQUESTS_PER_LEVEL]     (DB: a store, e.g. of ../shared/data/vntc-news; default 1000 requests)
set -euo pipefail
cd "$(dirname "$0")/.."
db="$1"; n="${2:-1000}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet publish src/Web -c Release --use-current-runtime --self-contained false -nologo -o "$out/web" >/dev/null
dotnet build bench/WebLoad -c Release -nologo -o "$out/load" >/dev/null
dotnet "$out/load/Extraction.WebLoad.dll" "$db" "$out/web/Extraction.Web.dll" "$n"
