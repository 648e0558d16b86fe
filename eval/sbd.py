#!/usr/bin/env python3
"""Sentence-boundary F1 of gistr, NLTK Punkt and pySBD on Universal Dependencies treebanks.

    python3 eval/sbd.py [DIR]      DIR (or $GISTR_SBD, default ../sbd-data) holds
                                   UD .conllu files, e.g. en_ewt-ud-test.conllu,
                                   el_gdt-ud-test.conllu (read at run time, never
                                   committed; without them this says so and exits 0)

The raw text is rebuilt as is standard: each paragraph (a `# newpar` or
`# newdoc` opens one; a treebank without `# newpar` gives one per document)
is its sentences' `# text` lines joined by one space. A system's sentence ends
inside a paragraph are compared with the gold ends there; the paragraph's own
end, which every system gets for free, is not counted.

Systems: gistr (`gistr::sentences`, through eval/sbd.rs built with rustc against
target/release/libgistr.rlib: run `cargo build --release` first), NLTK Punkt
trained (unsupervised, raw text only) on the treebank's train or else dev
split, since no pretrained Punkt model can be downloaded here, and pySBD
(`pip install nltk pysbd`).
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# UD language codes -> pySBD's.
PYSBD_LANG = {"en": "en", "el": "el", "hi": "hi", "ar": "ar", "fr": "fr", "de": "de"}


def paragraphs(path):
    """The paragraphs of a .conllu file: lists of sentence texts."""
    pars, cur = [], []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# newdoc") or line.startswith("# newpar"):
            if cur:
                pars.append(cur)
            cur = []
        elif line.startswith("# text ="):
            cur.append(line[len("# text ="):].strip())
    if cur:
        pars.append(cur)
    return pars


def gold(par):
    """The text of a paragraph and its inner sentence ends (character offsets)."""
    text = " ".join(par)
    ends, at = set(), 0
    for s in par[:-1]:
        at += len(s)
        ends.add(at)
        at += 1
    return text, ends


def inner(text, ends):
    """Ends (after trailing white space is dropped) inside `text`."""
    last = len(text.rstrip())
    out = set()
    for e in ends:
        e = len(text[:e].rstrip())
        if 0 < e < last:
            out.add(e)
    return out


def gistr_ends(texts):
    # GISTR_SBD_BIN: an sbd.rs built against another gistr (before/after).
    exe = os.environ.get("GISTR_SBD_BIN") or build_helper()
    out = subprocess.run([exe], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, check=True).stdout.split("\n")
    return [set(int(x) for x in line.split()) for line in out[:len(texts)]]


def build_helper():
    lib = os.path.join(ROOT, "target", "release", "libgistr.rlib")
    if not os.path.exists(lib):
        sys.exit("no target/release/libgistr.rlib: run cargo build --release first")
    exe = os.path.join(ROOT, "target", "release", "sbd-eval")
    src = os.path.join(ROOT, "eval", "sbd.rs")
    if not os.path.exists(exe) or os.path.getmtime(exe) < max(os.path.getmtime(lib), os.path.getmtime(src)):
        subprocess.run(["rustc", "--edition", "2021", "-O", src, "-o", exe,
                        "--extern", "gistr=" + lib,
                        "-L", os.path.join(ROOT, "target", "release", "deps")], check=True)
    return exe


def punkt_ends(texts, train_text):
    from nltk.tokenize.punkt import PunktSentenceTokenizer
    tok = PunktSentenceTokenizer(train_text)
    return [set(e for _, e in tok.span_tokenize(t)) for t in texts]


def pysbd_ends(texts, lang):
    import pysbd
    seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    return [set(s.end for s in seg.segment(t)) for t in texts]


def score(golds, preds, texts):
    tp = fp = fn = 0
    for g, p, t in zip(golds, preds, texts):
        p = inner(t, p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GISTR_SBD", os.path.join(ROOT, "..", "sbd-data"))
    tests = sorted(glob.glob(os.path.join(d, "*-ud-test.conllu")))
    if not tests:
        print(f"skipped: no *-ud-test.conllu in {d}")
        return
    print(f"{'treebank':<14} {'paragraphs':>10} {'inner ends':>10}  {'system':<8} {'P':>6} {'R':>6} {'F1':>6}")
    for path in tests:
        name = os.path.basename(path).split("-ud-")[0]
        lang = name.split("_")[0]
        pars = paragraphs(path)
        texts, golds = zip(*(gold(p) for p in pars))
        rows = [("gistr", gistr_ends(list(texts)))]
        train = [p for p in (path.replace("-test.", "-train."), path.replace("-test.", "-dev."))
                 if os.path.exists(p) and os.path.getsize(p) > 0]
        try:
            if train:
                train_text = "\n\n".join(" ".join(p) for p in paragraphs(train[0]))
                rows.append(("punkt", punkt_ends(texts, train_text)))
            if lang in PYSBD_LANG:
                rows.append(("pysbd", pysbd_ends(texts, PYSBD_LANG[lang])))
        except ImportError as e:
            print(f"{name}: {e.name} is not installed (pip install nltk pysbd): its row is left out")
        n = sum(len(g) for g in golds)
        for sysname, preds in rows:
            p, r, f = score(golds, preds, texts)
            print(f"{name:<14} {len(pars):>10} {n:>10}  {sysname:<8} {100*p:6.1f} {100*r:6.1f} {100*f:6.1f}")


if __name__ == "__main__":
    main()
