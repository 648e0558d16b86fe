"""Times sumy's TextRank on one corpus tier: a peer for scripts/bench-peers.sh.

    PYTHONPATH=bench-data/peers/py python3 benches/peers/sumy_textrank.py TIER.json [RUNS] [SENTENCES]

sumy is single-document: the articles are joined, one paragraph each. Its
Tokenizer needs NLTK's punkt data, which cannot be downloaded here, so it is
replaced by an offline one: sentences split by a regex after . ! ? (with a
few English abbreviations kept), words by a regex. Stemmer and stop words
are sumy's own (NLTK Snowball, no data needed). Times parsing and ranking,
not imports or reading the file. Prints one JSON line.
"""
import json
import re
import resource
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

ABBREV = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bU\.S)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
SENT = re.compile(ABBREV + r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


class OfflineTokenizer:
    """sumy's Tokenizer interface without NLTK data."""

    language = "english"

    def to_sentences(self, paragraph):
        return [s.strip() for s in SENT.split(paragraph) if s.strip()]

    def to_words(self, sentence):
        return WORD.findall(sentence)


def main():
    tier = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with open(tier, encoding="utf-8") as f:
        articles = json.load(f)
    text = "\n\n".join(a["text"] for a in articles)
    nbytes = sum(len(a["text"].encode()) + len(a.get("title", "").encode()) for a in articles)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        parser = PlaintextParser.from_string(text, OfflineTokenizer())
        summarizer = TextRankSummarizer(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summary = summarizer(parser.document, k)
        times.append((time.perf_counter() - t) * 1e3)
        assert len(summary) > 0
    times.sort()
    print(json.dumps({
        "articles": len(articles), "bytes": nbytes, "runs": runs,
        "median_ms": round(times[runs // 2], 3), "min_ms": round(times[0], 3), "max_ms": round(times[-1], 3),
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


if __name__ == "__main__":
    main()
