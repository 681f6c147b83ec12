#!/usr/bin/env python3
"""Per-sieve quality table for README.md: for every (kind, method) of a
quotes.csv, how many rows it has, the share matched to a gold attribution
(of any kind), and the speaker accuracy of the matched rows.

Matching and speaker correctness are the scorer's own (score_quotes.py in
the eval directory, imported from there: greedy one-to-one matching by
overlap, a match covering more than 30% of the gold quote).

usage: python3 scripts/sieve_table.py GOLD.jsonl OUT/quotes.csv
       (the scorer is looked up next to GOLD.jsonl)
"""
import collections
import csv
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.dirname(os.path.abspath(gold_path)))
    import score_quotes as sq  # the scorer next to the gold file

    gold = sq.load_gold(gold_path, set(), set())
    pred = sq.load_pred(pred_path, gold.keys())
    # load_pred keeps only the scored columns: read kind and method again,
    # in the same order.
    extra = collections.defaultdict(list)
    with open(pred_path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["doc_id"] in gold:
                extra[row["doc_id"]].append((row["kind"], row["method"]))

    rows = collections.Counter()
    matched = collections.Counter()
    sp_total = collections.Counter()
    sp_ok = collections.Counter()
    for doc, (text, gqs) in gold.items():
        pqs = pred.get(doc, [])
        keys = extra[doc]
        for k in keys:
            rows[k] += 1
        pairs = []
        for gi, g in enumerate(gqs):
            glen = max(1, g["end"] - g["start"])
            for pi, p in enumerate(pqs):
                ov = sq.overlap(g["start"], g["end"], p["start"], p["end"])
                if ov / glen > 0.3:
                    pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        used_g, used_p = set(), set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            k = keys[pi]
            matched[k] += 1
            ok = sq.speaker_ok(gqs[gi], pqs[pi], text)
            if ok is not None and k[1] != "unknown":
                sp_total[k] += 1
                sp_ok[k] += bool(ok)

    print("| kind | method | rows | match rate | speaker accuracy |")
    print("|---|---|---|---|---|")
    for k, n in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
        acc = "%.3f" % (sp_ok[k] / sp_total[k]) if sp_total[k] else "— (no speaker)"
        print("| %s | `%s` | %d | %.3f | %s |" % (k[0], k[1], n, matched[k] / n, acc))


if __name__ == "__main__":
    main()
