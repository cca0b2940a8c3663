#!/usr/bin/env python3
"""Counts of gold agreements never produced (extract-gaps class 2), over a gold folder, printing ONLY aggregate counts.

usage: bench/agreement-merges.py GOLD_DIR PREDICTIONS.jsonl   (PREDICTIONS from `agreements extract GOLD_DIR`)

The signing-date figure counts every gold agreement never produced as a miss, so on pages that report several
signings it falls with every merge. For each gold agreement the reference scorer leaves unpaired, this says whether its
sides were found but put into another predicted agreement (a merge), found cut or not found at all, and how many
sides and sentences that other agreement has; plus how many pages produce fewer agreements than gold. No text, name or
page id is printed, so it may run on pages nobody may read. Pairing is the reference scorer's (../shared/tools/score.py).
"""
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", here.parent.parent / "shared" / "tools" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

SENTENCE_END = re.compile(r"[.!?](\s+|$)|\n")


def main(gold_dir, predictions):
    preds = {}
    for line in Path(predictions).read_text("utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            preds[Path(str(o.get("source", ""))).name.rsplit(".", 1)[0]] = o
    pages, missed = Counter(), Counter()
    for gold_path in sorted(Path(gold_dir).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        gold, pred = json.loads(gold_path.read_text("utf-8")), preds.get(stem, {"is_agreement": False})
        gags = gold.get("agreements") or []
        pags = (pred.get("agreements") or []) if pred.get("is_agreement") else []
        if len(gags) > len(pags):
            pages["pages with fewer agreements than gold" if pags else "pages with gold agreements, none produced"] += 1
        elif len(gags) < len(pags):
            pages["pages with more agreements than gold"] += 1
        text_path = gold_path.with_name(stem + ".txt")
        ends = [m.end() for m in SENTENCE_END.finditer(text_path.read_text("utf-8"))] if text_path.exists() else []

        def sentence(offset):
            return sum(1 for e in ends if e <= offset)

        def shared(pa, ga):
            return len(score.match_one_to_one([score.as_party(x) for x in pa.get("parties") or []], ga.get("parties") or [],
                                              score.party_score, 0.75)) + 0.001

        paired = {j for _, j in score.match_one_to_one(pags, gags, shared, 0.0)}
        for j, ga in enumerate(gags):
            if j in paired or not pags:
                continue
            hosts = {i for gp in ga.get("parties") or [] for i, pa in enumerate(pags)
                     if any(score.party_score(score.as_party(x), gp) >= 0.75 for x in pa.get("parties") or [])}
            if not hosts:
                cut = any(0 < score.party_score(score.as_party(x), gp) < 0.75
                          for gp in ga.get("parties") or [] for pa in pags for x in pa.get("parties") or [])
                missed["sides found only cut short or overgrown" if cut else "sides not proposed"] += 1
                continue
            for i in hosts:
                sides = pags[i].get("parties") or []
                sentences = {sentence(x["start"]) for x in sides if x.get("start") is not None and not x.get("in_title")}
                missed[f"merged: into an agreement of {min(len(sides), 5)}{'+' if len(sides) >= 5 else ''} sides from "
                       f"{'one sentence' if len(sentences) <= 1 else 'several sentences'}"] += 1
    for label, n in sorted(pages.items()):
        print(f"{n:4d}  {label}")
    for label, n in missed.most_common():
        print(f"{n:4d}  unpaired gold agreement: {label}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
