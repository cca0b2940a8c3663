#!/usr/bin/env bash
# Scores the extractor on articles no rule was written from: 82 national news articles of 2006 (business, world, law,
# IT and other topics; VNTC), gold labelled by reading before any rule of the session that added them, never read to
# write rules. The gold lives in bench/heldout-news/oNNNN.gold.json (NNNN = the record's 0-based line in the VNTC
# other-topics sample); the texts are read in place from ../shared and written to a temporary folder only.
# Usage: bench/heldout-news.sh [JSONL] [eval options, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."
data="../shared/data/vntc-news/vntc-other-topics-sample.jsonl"
if [[ $# -gt 0 && "$1" != -* ]]; then data="$1"; shift; fi
if [[ ! -f "$data" ]]; then echo "heldout-news: $data not found (the VNTC sample lives in ../shared/data/vntc-news)" >&2; exit 2; fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
python3 - "$data" "$dir" bench/heldout-news <<'PY'
import json, shutil, sys
from pathlib import Path
data, out, gold = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
wanted = {int(p.name[1:5]): p for p in gold.glob("o*.gold.json")}
with open(data, encoding="utf-8") as f:
    for index, line in enumerate(f):
        if index in wanted:
            (out / f"o{index:04d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
            shutil.copy(wanted[index], out / wanted[index].name)
missing = [i for i in wanted if not (out / f"o{i:04d}.txt").exists()]
if missing:
    sys.exit(f"heldout-news: {len(missing)} gold records have no text in {data}")
PY
./agreements eval "$dir" "$@"
