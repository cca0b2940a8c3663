#!/usr/bin/env python3
"""Counts of missed and wrong parties by class, over a gold folder, printing ONLY aggregate counts.

usage: bench/party-misses.py GOLD_DIR PREDICTIONS.jsonl [CLEAN.jsonl]
(PREDICTIONS from `agreements extract DIR`, CLEAN from `agreements clean DIR`: with it, span boundaries are counted)

Meant for pages nobody may read (the never-read half of dev): it prints no text, no name and no page id, only how
many missed gold parties (and wrong predicted ones) fall in each class of ../shared/docs/extract-gaps.md, so a rule
can be chosen by count without looking at the pages. Pairing is the reference scorer's (../shared/tools/score.py).
"""
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", here.parent.parent / "shared" / "tools" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def plain(text):
    text = unicodedata.normalize("NFC", text or "").lower().replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def lexicon(name):
    rows = (here.parent / "src" / "Extract" / "Lexicons" / name).read_text("utf-8").splitlines()
    return [r.split("\t")[0] for r in rows if r and not r.startswith("#")]


HEADS = sorted({plain(h) for h in lexicon("org-heads.tsv")}, key=len, reverse=True)
TITLES = {plain(t) for t in lexicon("person-titles.tsv")}
PLACES = {plain(p) for p in lexicon("admin-units.tsv")} | {plain(c) for c in lexicon("countries.tsv")}
UNITS = ("tinh", "huyen", "xa", "phuong", "thi xa", "thanh pho", "quan", "thi tran", "tp")
COUNTS = {"cac", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "nhung", "nhieu"}
CONNECT = {"va", "cua", "voi", "cho"}


def sentences(text):
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def has_signing(s):
    return re.search(r"\b(ky|ki)\b", plain(s)) is not None


def classify_name(name, text, sents, sign_sents):
    """Classes of one gold party, from its name and where it stands in the text."""
    c = []
    words = name.split()
    p = plain(name)
    if words and words[0][:1].islower():
        c.append("lower-case initial")
    inner_lower = [w for w in words[1:] if w[:1].islower() and plain(w) not in CONNECT and plain(w) not in UNITS]
    if inner_lower and words[0][:1].isupper():
        c.append("lower-case word inside (class 8)")
    head = next((h for h in HEADS if p == h or p.startswith(h + " ")), None)
    if head is None:
        if p in PLACES or any(p.startswith(u + " ") for u in UNITS):
            c.append("bare place or country")
        else:
            c.append("no lexicon head (brand/foreign/unknown, class 5/20)")
    if len(words) > 1 and words[-1][:1].islower() and words[0][:1].isupper():
        c.append("ends in a lower-case word")
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower() and head is not None and len(head.split()) == 1:
        c.append("one-word head then lower-case")
    c.append("words: %s" % ("1-2" if len(words) <= 2 else "3-5" if len(words) <= 5 else "6-9" if len(words) <= 9 else "10+"))
    if "," in name:
        c.append("comma inside (class 10)")
    if "–" in name or " - " in name:
        c.append("dash inside (class 18)")
    found = [m.start() for m in re.finditer(re.escape(name), text)] if name else []
    if not found:
        c.append("not verbatim in text")
        return c
    places = [next(i for i, (a, b) in enumerate(sents) if a <= f <= b) for f in found]
    near = min(abs(w - i) for w in places for i in sign_sents) if sign_sents else 99
    pos = next((f for f, w in zip(found, places) if w in sign_sents), found[0])
    if near == 0:
        c.append("in a signing sentence")
    else:
        c.append("outside signing sentences (class 11), distance %s" % ("1" if near == 1 else "2-5" if near <= 5 else ">5"))
    before = plain(text[max(0, pos - 60):pos]).split()[-5:]
    if any(w in COUNTS or w.isdigit() for w in before[-3:]):
        c.append("count/collective word just before (class 1/4)")
    if any(" ".join(before[i:]) in TITLES or before[i] in TITLES for i in range(len(before))):
        c.append("person title within 5 words before (class 17)")
    prev = plain(text[max(0, pos - 12):pos]).replace(",", " , ").split()
    pw = prev[-1] if prev else ""
    c.append("preceded by " + (pw if pw in ("giua", "voi", "va", ",", "cung", "ky", "ket", ":", "gom", "(", "-") else "other"))
    if head is not None:
        c.append("head known, written " + ("upper" if words[0][:1].isupper() else "lower"))
    after = text[pos + len(name):pos + len(name) + 30]
    nxt = after.split()[0] if after.split() else ""
    pn = plain(nxt)
    c.append("followed by " + ("punctuation" if after[:1] in ",.;:()" or nxt[:1] in ",.;:()" else "va" if pn == "va" else
                               "ky" if pn in ("ky", "ki") else "voi" if pn == "voi" else "lower" if nxt[:1].islower() else
                               "upper" if nxt[:1].isupper() else "other"))
    if pos > 0 and text[max(0, pos - 2):pos].strip() in (",", ":", ";"):
        c.append("after comma/colon (list member)")
    return c


def boundary(g_name, p, text):
    """Where a predicted span that overlaps a gold mention starts and ends against it (counts only)."""
    if p.get("start") is None or p.get("in_title") or not g_name:
        return ["span: predicted side in title or without span"]
    ps, pe = p["start"], p["end"]
    occ = [m.start() for m in re.finditer(re.escape(g_name), text)]
    hit = [o for o in occ if o < pe and o + len(g_name) > ps]
    if not hit:
        return ["span: gold mention not overlapping the predicted span"]
    gs = hit[0]
    ge = gs + len(g_name)
    out = []
    if ps < gs:
        pre = text[ps:gs].split()
        out.append("span: starts %d words early (first extra %s)" % (len(pre), "lower" if pre and pre[0][:1].islower() else "upper/other"))
    elif ps > gs:
        skipped = text[gs:ps].split()
        out.append("span: starts %d words late (skipped %s)" % (len(skipped), "lower-initial" if skipped and skipped[0][:1].islower() else "upper"))
    if pe < ge:
        rest = text[pe:ge]
        nxt = rest.split()[0] if rest.split() else ""
        if rest[:1].isalnum():
            out.append("span: cut inside a word")
        else:
            cls = ("comma" if rest.lstrip()[:1] == "," else "va" if plain(nxt) == "va" else
                   "lower" if nxt[:1].islower() else "upper" if nxt[:1].isupper() else "other")
            out.append("span: ends %d words short, next gold word %s" % (len(rest.split()), cls))
    elif pe > ge:
        over = text[ge:pe]
        first = over.split()[0] if over.split() else ""
        cls = ("comma" if over.lstrip()[:1] == "," else "paren" if over.lstrip()[:1] == "(" else
               "va" if plain(first) == "va" else "lower" if first[:1].islower() else "upper" if first[:1].isupper() else "other")
        out.append("span: overruns %d words, first %s" % (len(over.split()), cls))
    if not out:
        out.append("span: same span (canonical differs)")
    return out


def main(gold_dir, pred_path, clean_path=None):
    clean = {}
    if clean_path:
        for line in Path(clean_path).read_text("utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                clean[Path(str(obj.get("source", ""))).name.rsplit(".", 1)[0]] = obj.get("text") or ""
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text("utf-8")) for p in Path(gold_dir).glob("*.gold.json")}
    preds = {}
    for line in Path(pred_path).read_text("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[Path(str(obj.get("source", ""))).name.rsplit(".", 1)[0]] = obj
    miss, wrong, totals = Counter(), Counter(), Counter()
    for name, gold in golds.items():
        txt_path = Path(gold_dir) / (name + ".txt")
        text = unicodedata.normalize("NFC", txt_path.read_text("utf-8")) if txt_path.exists() else ""
        sents = sentences(text)
        sign_sents = {i for i, (a, b) in enumerate(sents) if has_signing(text[a:b])}
        pred = preds.get(name) or {"is_agreement": False, "agreements": []}
        g_ags = gold.get("agreements") or []
        p_ags = (pred.get("agreements") or []) if pred.get("is_agreement") else []
        all_pred = [score.as_party(x) for a in p_ags for x in a.get("parties") or []]
        all_gold = [g for a in g_ags for g in a.get("parties") or []]

        def ag_score(pa, ga):
            return len(score.match_one_to_one([score.as_party(x) for x in pa.get("parties") or []],
                                              ga.get("parties") or [], score.party_score, 0.75)) + 0.001

        pairing = score.match_one_to_one(p_ags, g_ags, ag_score, 0.0)
        paired = dict((j, i) for i, j in pairing)
        totals["gold agreements"] += len(g_ags)
        totals["gold agreements on pages with 2+"] += len(g_ags) if len(g_ags) > 1 else 0
        totals["gold parties"] += len(all_gold)
        for j, ga in enumerate(g_ags):
            gp = ga.get("parties") or []
            pp = [score.as_party(x) for x in p_ags[paired[j]].get("parties") or []] if j in paired else []
            m = score.match_one_to_one(pp, gp, score.party_score, 0.75)
            hit = {gj for _, gj in m}
            for pi, p in enumerate(pp):
                if pi not in {a for a, _ in m}:
                    best = max((score.party_score(p, g) for g in all_gold), default=0.0)
                    wrong["wrong: " + ("matches a gold side of another agreement" if best >= 0.75 else
                                       "partial overlap with a gold side (span)" if best > 0 else
                                       "no overlap with any gold side")] += 1
            for gj, g in enumerate(gp):
                if gj in hit:
                    continue
                miss["(all missed)"] += 1
                status = ("page not detected" if not pred.get("is_agreement") else
                          "agreement unpaired" if j not in paired else
                          "agreement produced with %d predicted sides, %d matched" % (len(pp), len(m)))
                miss[status] += 1
                if status.startswith("agreement produced with 0") or status.startswith("agreement unpaired"):
                    for c in classify_name(g.get("name") or "", text, sents, sign_sents):
                        miss[status.split(" with")[0].replace("agreement produced", "0-side agreement") + " & " + c] += 1
                miss["agreement has %s gold sides" % ("2" if len(gp) == 2 else "3-4" if len(gp) <= 4 else "5+" if len(gp) > 4 else "1")] += 1
                if len(g_ags) > 1:
                    miss["page has 2+ gold agreements"] += 1
                best, kind, best_p = 0.0, "none", None
                gf = [score.fold(g.get(k) or "") for k in ("canonical", "name")]
                for p in all_pred:
                    s = score.party_score(p, g)
                    if s > best:
                        best, best_p = s, p
                        pf = [score.fold(p.get(k) or "") for k in ("canonical", "name")]
                        shorter = any(set(a) < set(b) for a in pf for b in gf)
                        longer = any(set(b) < set(a) for a in pf for b in gf)
                        kind = "pred too short" if shorter else "pred too long" if longer else "pred differs"
                if best == 0:
                    miss["no predicted party overlaps it (never proposed)"] += 1
                    miss["never proposed & " + status] += 1
                elif best >= 0.75:
                    miss["a predicted party matches it, used elsewhere / other agreement"] += 1
                else:
                    miss["partial overlap: " + kind] += 1
                    if clean:
                        for b in boundary(g.get("name") or "", best_p, clean.get(name, "")):
                            miss[b] += 1
                    taken = any(score.party_score(best_p, o) >= 0.75 for o in all_gold if o is not g)
                    miss["partial overlap: the predicted side is %s" % ("a match of another gold side" if taken else "wrong (fp)")] += 1
                    miss[("partial & " if not taken else "never proposed & ") + status] += 1
                    for c in classify_name(g.get("name") or "", text, sents, sign_sents):
                        miss[("partial & " if not taken else "never proposed & ") + c] += 1
                    miss["partial overlap score %s" % ("<0.5" if best < 0.5 else "0.5-0.75")] += 1
                if best == 0:
                    for c in classify_name(g.get("name") or "", text, sents, sign_sents):
                        miss["never proposed & " + c] += 1
                for c in classify_name(g.get("name") or "", text, sents, sign_sents):
                    miss[c] += 1
        for i, j in pairing:
            pa = p_ags[i]
            if len(pa.get("parties") or []) >= 2 or not (g_ags[j].get("parties")) or not clean:
                continue
            # A produced agreement with fewer than two sides: where its gold sides stand against its evidence sentence.
            ev = pa.get("evidence") or {}
            ctext = clean.get(name, "")
            csents = sentences(ctext)
            at = next((k for k, (a, b) in enumerate(csents) if a <= ev.get("start", -1) < b), None)
            n = len(pa.get("parties") or [])
            tag = "%d-side agreement" % n
            totals[tag + "s produced (paired)"] += 1
            if at is None:
                continue
            ev_plain = plain(ctext[csents[at][0]:csents[at][1]])
            for cue in ("giua", "voi", "hai ben", "hai don vi", "cac ben", "cac don vi", "hai", "cac", "nay", "noi tren"):
                if re.search(r"\b%s\b" % cue, ev_plain):
                    totals[tag + " evidence has '%s'" % cue] += 1
            if any(w in TITLES for w in ev_plain.split()):
                totals[tag + " evidence has a person title"] += 1
            for g in g_ags[j].get("parties") or []:
                gname = g.get("name") or ""
                occ = [m.start() for m in re.finditer(re.escape(gname), ctext)] if gname else []
                where = sorted({next(k for k, (a, b) in enumerate(csents) if a <= o <= b) - at for o in occ})
                key = ("not in text" if not occ else "in evidence" if 0 in where else
                       "sentence before (-1)" if -1 in where else "sentence after (+1)" if 1 in where else
                       "2-5 before" if any(-5 <= w < -1 for w in where) else "2-5 after" if any(1 < w <= 5 for w in where) else "farther")
                totals[tag + " gold side found: " + key] += 1
                if pred.get("title") and gname and gname in (pred.get("title") or ""):
                    totals[tag + " gold side in title"] += 1
        for pa_i, pa in enumerate(p_ags):
            if pa_i not in {i for i, _ in pairing}:
                wrong["wrong: in an unpaired predicted agreement"] += len(pa.get("parties") or [])
    for k, v in sorted(totals.items()):
        print("%-70s %d" % (k, v))
    for k, v in sorted(miss.items(), key=lambda kv: (-kv[1], kv[0])):
        print("missed  %-62s %d" % (k, v))
    for k, v in sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%-70s %d" % (k, v))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
