#!/usr/bin/env python3
"""The lead reference row of eval/rouge.sh: each cluster's newest article
from its beginning (the scorer cuts it to the word budget, so this is "the
first sentences of the newest article").

    python3 eval/lead.py ../shared/eval/duc2006.jsonl > lead.jsonl

Reads the evaluation data at run time; nothing of it is kept.
"""
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    docs = c["docs"]  # oldest first
    print(json.dumps({"id": c["id"], "summary": docs[-1]["text"] if docs else ""}))
