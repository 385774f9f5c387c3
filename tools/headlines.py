#!/usr/bin/env python3
"""How often the card's headline is the page's own (not scored by score.py).

For each page of ../shared/eval/data/boilerplate_dev.jsonl, the card's
`title` counts as right when it is (or contains) the page's <title>,
og:title or an <h1>, after folding case and punctuation; wrong when it is
none of them; none when the card has no headline.

    python3 tools/headlines.py [text|html] [--list]   (after cargo build --release)
"""
import html as entities
import json
import os
import re
import subprocess
import sys
import unicodedata

mode = "html" if "html" in sys.argv[1:] else "text"
exe = os.environ.get("BRIEFLY", "target/release/briefly")
data = os.path.join(os.path.dirname(__file__), "../../shared/eval/data/boilerplate_dev.jsonl")
rows = [json.loads(line) for line in open(data)]
feed = "".join(
    json.dumps({"id": r["id"], mode: r["raw_text"] if mode == "text" else r["html"]}) + "\n" for r in rows
)
out = subprocess.run([exe, "--jsonl"], input=feed, capture_output=True, text=True, check=True).stdout
titles = {}
for line in out.splitlines():
    card = json.loads(line)
    titles[card["id"]] = card["summary"].get("title")


def fold(s):
    s = unicodedata.normalize("NFKC", entities.unescape(s)).lower()
    return re.sub(r"\W+", " ", s).strip()


def page_titles(page):
    found = re.findall(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    found += re.findall(r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']*)", page, re.I)
    found += re.findall(r"<meta[^>]+content=[\"']([^\"']*)[\"'][^>]*property=[\"']og:title", page, re.I)
    found += [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S | re.I)]
    return [fold(t) for t in found if fold(t)]


right = wrong = none = 0
for r in rows:
    t = titles.get(r["id"])
    if not t:
        none += 1
        continue
    mine, theirs = fold(t), page_titles(r["html"])
    if any(mine in p or (p in mine and len(p) > 10) for p in theirs):
        right += 1
    else:
        wrong += 1
        if "--list" in sys.argv:
            print(f"{r['id']} | {t[:90]} | {theirs[:2]}")
print(f"{mode} paste, {len(rows)} pages: right {right}, wrong {wrong}, none {none}")
