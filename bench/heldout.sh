#!/usr/bin/env bash
# Scores the extractor on a held-out gold set whose texts stay in ../shared: bench/heldout-SET/xNNNN.gold.json annotates
# the record at 0-based line NNNN of the set's VNTC file. The texts are written to a temporary folder only, so the gold
# and its texts are never read side by side in the repository. Nobody writes or tunes rules from these sets.
# The study set (bench/study-politics, even-index VNTC politics records) is read the same way, but rules MAY be written
# from it: it is the news genre's counterpart of the dev pages.
# Usage: bench/heldout.sh news|politics|politics2|study-politics [JSONL] [--unread] [eval options, e.g. --json]
#        --unread leaves out the records listed in the set's read-by-mistake.txt (pages a session read; see its README)
#        bench/heldout.sh news|politics|politics2|study-politics --write DIR   (texts and gold into DIR, for bench/Learning; nothing is scored)
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")/.."
set_name="${1:-}"; shift || true
case "$set_name" in
  news) data="../shared/data/vntc-news/vntc-other-topics-sample.jsonl" ;;
  politics|politics2) data="../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl" ;;
  study-politics) data="../shared/data/vntc-news/vntc-chinh-tri-xa-hoi.jsonl" ;;
  *) echo "usage: bench/heldout.sh news|politics|politics2|study-politics [JSONL] [eval options]" >&2; exit 2 ;;
esac
gold_dir="bench/heldout-$set_name"
[[ "$set_name" == study-* ]] && gold_dir="bench/$set_name"
if [[ $# -gt 0 && "$1" != -* ]]; then data="$1"; shift; fi
if [[ ! -f "$data" ]]; then echo "$set_name: $data not found (the VNTC files live in ../shared/data/vntc-news)" >&2; exit 2; fi
skip_file=/dev/null
if [[ "${1:-}" == "--unread" ]]; then skip_file="$gold_dir/read-by-mistake.txt"; shift; [[ -f "$skip_file" ]] || skip_file=/dev/null; fi
if [[ "${1:-}" == "--write" ]]; then
  dir="${2:?usage: bench/heldout.sh news|politics|politics2|study-politics --write DIR}"; [[ "$dir" == /* ]] || dir="$caller/$dir"; mkdir -p "$dir"; write_only=1
else
  dir="$(mktemp -d)"; write_only=0
  trap 'rm -rf "$dir"' EXIT
fi
python3 - "$data" "$dir" "$gold_dir" "$skip_file" <<'PY'
import json, shutil, sys
from pathlib import Path
data, out, gold = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
skip = {line.split("#")[0].strip() for line in Path(sys.argv[4]).read_text(encoding="utf-8").splitlines()} - {""}
stems = {int(p.name.split(".")[0][1:]): p.name[: -len(".gold.json")] for p in gold.glob("*.gold.json") if p.name[: -len(".gold.json")] not in skip}
with open(data, encoding="utf-8") as f:
    for index, line in enumerate(f):
        if index in stems:
            (out / f"{stems[index]}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
            shutil.copy(gold / f"{stems[index]}.gold.json", out)
missing = [stem for stem in stems.values() if not (out / f"{stem}.txt").exists()]
if missing:
    sys.exit(f"heldout: {len(missing)} gold records have no text in {data}")
PY
if [[ $write_only == 1 ]]; then exit 0; fi
./agreements eval "$dir" "$@"
