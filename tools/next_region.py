#!/usr/bin/env python3
"""What next on MEANTIME, counted only where MEANTIME annotates (not scored by score.py).

MEANTIME marks future events only in each article's title and first five
sentences (sentence ids 0-5), so every forward-looking sentence Briefly finds
further down counts as wrong in `score.py next`. This reads the same CLI
output and reports precision on the annotated sentences alone, with the same
matching as score.py (token overlap >= 0.6), and the usual recall.

    python3 tools/next_region.py   (after cargo build --release; BRIEFLY=... for another binary)
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(here, "../../shared/eval"))
import score  # noqa: E402

exe = os.environ.get("BRIEFLY", "target/release/briefly")
data = os.path.join(here, "../../shared/eval/data/next_dev.jsonl")
rows = [json.loads(line) for line in open(data)]
rows = [r for r in rows if r["id"].startswith("meantime/")]
feed = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
out = subprocess.run([exe, "--jsonl", "--all"], input=feed, capture_output=True, text=True).stdout
cards = {json.loads(line)["id"]: json.loads(line)["summary"] for line in out.splitlines()}

annotated = sorted({i for r in rows for i in r.get("future_event_sentence_ids", [])})
last = max(annotated)
found = inside = right = golds = matched = 0
for r in rows:
    preds = [x["text"] for x in cards[r["id"]].get("what_next") or []]
    sents = r["sentences"]
    gold = [sents[i] for i in r.get("future_event_sentence_ids", [])]
    golds += len(gold)
    matched += len(score.greedy_match(preds, gold, score.overlap, 0.6))
    for p in preds:
        found += 1
        at = max(range(len(sents)), key=lambda i: score.overlap(p, sents[i]))
        if at <= last:
            inside += 1
            right += any(score.overlap(p, g) >= 0.6 for g in gold)
p = right / inside if inside else 0.0
rec = matched / golds if golds else 0.0
f = 2 * p * rec / (p + rec) if p + rec else 0.0
print(f"sentence ids MEANTIME annotates: {annotated}")
print(f"forward-looking sentences found: {found}, of them in the annotated sentences: {inside}")
print(f"on the annotated sentences: precision {100 * p:.1f}, recall {100 * rec:.1f}, f1 {100 * f:.1f}")
