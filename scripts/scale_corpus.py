#!/usr/bin/env python3
"""Build the scale corpora of the README's performance section from the BBC
corpus beside the checkout, outside the repository:

    python3 scripts/scale_corpus.py copies 8 /tmp/bbc8   # BBC x8: 16,760 wire copies
    python3 scripts/scale_corpus.py mixed 8 /tmp/mix8    # BBC mixed x8: 16,760 originals

"copies" copies every article N times. "mixed" keeps the corpus once and adds
N-1 rounds in which each file joins alternate paragraphs of two different
articles under a new headline, so that no file is a copy of another.
"""
import glob
import os
import sys

BBC = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "bbc")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("copies", "mixed"):
        sys.exit(__doc__)
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files = sorted(glob.glob(os.path.join(BBC, "*", "*.txt")))
    if not files:
        sys.exit("no BBC corpus at " + BBC)
    parsed = []
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
        parsed.append((lines[0], [p for p in lines[1:] if p.strip()]))
    for c in range(n):
        folder = os.path.join(out, "c%d" % c)
        os.makedirs(folder, exist_ok=True)
        for i, (title, paras) in enumerate(parsed):
            if kind == "mixed" and c > 0:
                other_title, other = parsed[(i + c * 263) % len(parsed)]
                body = []
                for k in range(max(len(paras), len(other))):
                    if k % 2 == 0 and k < len(paras):
                        body.append(paras[k])
                    if k % 2 == 1 and k < len(other):
                        body.append(other[k])
                words = other_title.split()
                title = title + " " + words[0] if words else title
                paras = body
            with open(os.path.join(folder, "%d.txt" % i), "w", encoding="utf-8") as fh:
                fh.write(title + "\n\n" + "\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()
