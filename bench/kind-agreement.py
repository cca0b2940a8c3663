#!/usr/bin/env python3
"""How often the extractor's kind equals the gold's, printing ONLY totals (safe on folders nobody may read).

usage: bench/kind-agreement.py GOLD_DIR PREDICTIONS.jsonl   (PREDICTIONS from `agreements extract GOLD_DIR`)

Agreements are paired as the reference scorer pairs them (most shared parties); kinds are compared after the scorer's
folding, a null kind equal only to a null kind. `agreements eval` scores no kind, and the kind facet lives on it.
"""
import glob
import importlib.util
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(here, "..", "..", "shared", "tools", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

predictions = {}
for line in open(sys.argv[2], encoding="utf-8"):
    record = json.loads(line)
    predictions[os.path.basename(record["source"]).rsplit(".", 1)[0]] = record


def shared_parties(predicted, gold):
    parties = [score.as_party(p) for p in predicted.get("parties") or []]
    return len(score.match_one_to_one(parties, gold.get("parties") or [], score.party_score, 0.75)) + 0.001


same = paired = 0
for path in glob.glob(os.path.join(sys.argv[1], "*.gold.json")):
    name = os.path.basename(path)[: -len(".gold.json")]
    gold, predicted = json.load(open(path, encoding="utf-8")), predictions.get(name)
    if not predicted or not predicted["is_agreement"]:
        continue
    golds, preds = gold.get("agreements") or [], predicted.get("agreements") or []
    for i, j in score.match_one_to_one(preds, golds, shared_parties, 0.0):
        paired += 1
        same += score.fold(preds[i].get("kind") or "") == score.fold(golds[j].get("kind") or "")
print(f"kind equal to the gold's: {same} of {paired} paired agreements ({same / paired:.3f})" if paired else "no paired agreement")
