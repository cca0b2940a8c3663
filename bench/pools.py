#!/usr/bin/env python3
"""Writes the three pools the rules are measured on, by who has read their pages, as gold folders:

    OUT/never-printed  suites committed unread and never printed, the even ids of the suites read by halves,
                       and the even dev pages r086-r186 (nobody has read them)
    OUT/study          suites read to study a class, and the odd ids of the suites read by halves
    OUT/read           suites read whole, the study politics set, corpus/, seeds/ and the other dev pages
                       (the study politics texts are written to OUT/study-politics-pages first)
    OUT/POOL-dated     each pool without the suites whose gold dates no signing (eleven suites' writers left every
                       signed_on null): score signing dates there, since those suites count every date found as wrong

A rule keeps its place by what it earns on pages it was not written from (issue 9, point 5):
    bench/pools.py /tmp/pools && bench/ablation.sh /tmp/pools/never-printed /tmp/pools/study /tmp/pools/read
Which suite is which is told in bench/probes/README.md and docs/decisions.md. Held-out sets are in no pool.
usage: bench/pools.py OUT_DIR
       bench/pools.py --suite SUITE DIR   (one suite's pages and gold into DIR, as bench/probes.sh scores them)
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

NEVER_PRINTED = ["kept-forms-a", "kept-forms-b", "long-b", "mixed3", "national", "national3", "ownership-names", "portal",
                 "portal3", "run-names", "split-portal", "news-dates", "news-negatives", "items-forms", "news-incidental",
                 "state-sides", "world-news"]
READ_BY_HALVES = ["lists-runs", "news-long", "signing-days", "org-names", "politics-news", "collective-sides"]
STUDY = ["date-forms", "lists", "mixed2", "mixed4", "national2", "one-side", "partner-forms", "portal2", "rule-forms",
         "split-national"]
READ = ["study-national", "study-portal", "study-negatives", "long-a", "mixed"]


def number(stem: str) -> int:
    m = re.search(r"(\d+)$", stem)
    return int(m.group(1)) if m else 0


def write_suite(suite: str, out: Path, keep, prefix: str = "") -> int:
    """One page and its gold per kept paragraph of bench/probes/SUITE.jsonl, named PREFIX + id."""
    n = 0
    for line in open(f"bench/probes/{suite}.jsonl", encoding="utf-8"):
        if not line.strip():
            continue
        o = json.loads(line)
        if not keep(o["id"]):
            continue
        stem = f"{prefix}{o['id']}"
        (out / f"{stem}.txt").write_text(o["text"] + "\n", encoding="utf-8")
        agreements = [{"kind": a.get("kind"), "subject": None, "signed_on": a.get("signed_on"),
                       "parties": [p if isinstance(p, dict) else {"name": p, "canonical": p} for p in a["parties"]],
                       **({"items": a["items"]} if "items" in a else {})} for a in o.get("agreements") or []]
        gold = {"is_agreement": o["is_agreement"], "published": None, "agreements": agreements if o["is_agreement"] else []}
        (out / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        n += 1
    return n


def link_folder(src: Path, prefix: str, out: Path, keep) -> int:
    """Links each kept page of SRC and its gold into OUT, named PREFIX__stem (or stem as it is, with no prefix)."""
    n = 0
    for gold in sorted(src.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        if not keep(stem):
            continue
        for ext in (".txt", ".gold.json"):
            target = out / f"{prefix}__{stem}{ext}" if prefix else out / f"{stem}{ext}"
            if not target.exists():
                os.symlink((src / f"{stem}{ext}").resolve(), target)
        n += 1
    return n


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[1] == "--suite":
        out = Path(argv[3]).resolve()
        os.chdir(Path(__file__).resolve().parent.parent)
        out.mkdir(parents=True, exist_ok=True)
        write_suite(argv[2], out, lambda _: True)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    os.chdir(Path(__file__).resolve().parent.parent)
    out = Path(argv[1]).resolve()
    dev = Path("../shared/corpus/dev")
    if not dev.is_dir():
        print(f"pools: {dev} not found (the dev pages live in ../shared)", file=sys.stderr)
        return 2
    pools = {name: out / name for name in ("never-printed", "study", "read")}
    for folder in pools.values():
        folder.mkdir(parents=True, exist_ok=True)
    even = lambda stem: number(stem) % 2 == 0
    odd = lambda stem: number(stem) % 2 == 1
    unread_dev = lambda stem: 86 <= number(stem) <= 186 and even(stem)
    counts = dict.fromkeys(pools, 0)
    for suite in NEVER_PRINTED:
        counts["never-printed"] += write_suite(suite, pools["never-printed"], lambda _: True, f"{suite}__")
    for suite in READ_BY_HALVES:
        counts["never-printed"] += write_suite(suite, pools["never-printed"], even, f"{suite}__")
        counts["study"] += write_suite(suite, pools["study"], odd, f"{suite}__")
    for suite in STUDY:
        counts["study"] += write_suite(suite, pools["study"], lambda _: True, f"{suite}__")
    for suite in READ:
        counts["read"] += write_suite(suite, pools["read"], lambda _: True, f"{suite}__")
    counts["never-printed"] += link_folder(dev, "dev", pools["never-printed"], unread_dev)
    counts["read"] += link_folder(dev, "dev", pools["read"], lambda stem: not unread_dev(stem))
    for folder in ("corpus", "seeds"):
        counts["read"] += link_folder(Path(folder), folder, pools["read"], lambda _: True)
    study_politics = out / "study-politics-pages"
    subprocess.run(["bench/heldout.sh", "study-politics", "--write", str(study_politics)], check=True)
    counts["read"] += link_folder(study_politics, "study-politics", pools["read"], lambda _: True)
    for name, n in counts.items():
        dated = write_dated(pools[name], out / f"{name}-dated")
        print(f"{name}: {n} pages in {pools[name]} ({dated} of them in {out / (name + '-dated')})")
    return 0


def write_dated(pool: Path, out: Path) -> int:
    """Links the pages of the suites (file-name prefixes) whose gold dates at least one signing."""
    out.mkdir(parents=True, exist_ok=True)
    suite = lambda stem: stem.split("__")[0]
    dated = {suite(g.name) for g in pool.glob("*.gold.json")
             if any(a.get("signed_on") for a in json.loads(g.read_text(encoding="utf-8")).get("agreements") or [])}
    return link_folder(pool, "", out, lambda stem: suite(stem) in dated)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
