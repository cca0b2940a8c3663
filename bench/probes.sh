#!/usr/bin/env bash
# Scores the extractor on the invented probe suites (bench/probes/*.jsonl): each paragraph becomes a page with its gold in a
# temporary folder, then `agreements eval` runs over it. Usage: bench/probes.sh [portal|national|mixed|mixed2|mixed3|national2|mixed4|portal2|lists|split-national|split-portal|study-portal|study-national|rule-forms|study-negatives|kept-forms-a|kept-forms-b|date-forms|partner-forms|run-names|one-side|ownership-names|long-a|long-b|portal3|national3|news-dates|news-negatives|lists-runs|items-forms|news-long|signing-days|org-names|politics-news|collective-sides|news-incidental] [eval options, e.g. --json]
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:-portal}"; shift || true
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
python3 - "bench/probes/$suite.jsonl" "$dir" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
for line in open(src, encoding="utf-8"):
    if not line.strip():
        continue
    o = json.loads(line)
    open(f"{out}/{o['id']}.txt", "w", encoding="utf-8").write(o["text"] + "\n")
    agreements = [{"kind": a.get("kind"), "subject": None, "signed_on": a.get("signed_on"),
                   "parties": [p if isinstance(p, dict) else {"name": p, "canonical": p} for p in a["parties"]],
                   **({"items": a["items"]} if "items" in a else {})} for a in o.get("agreements") or []]
    gold = {"is_agreement": o["is_agreement"], "published": None, "agreements": agreements if o["is_agreement"] else []}
    json.dump(gold, open(f"{out}/{o['id']}.gold.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
dotnet run -c Release --project src/Cli -- eval "$dir" "$@"
