"""Writes the pieces tools/training/wordpiece.py makes of tokenizer-sample.txt (the C# tokeniser must agree).
  /usr/bin/python3 tests/StatementKit.Neural.Tests/Fixtures/make-tokenizer-expected.py
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..", "..")
sys.path.insert(0, os.path.join(root, "tools", "training"))
from wordpiece import WordPiece  # noqa: E402

tokenizer = WordPiece(os.path.join(root, "src", "StatementKit.Neural", "Model", "vocab.txt"))
with open(os.path.join(here, "tokenizer-sample.txt"), encoding="utf-8", newline="") as f:
    text = f.read()
ids, starts, ends, words = tokenizer.tokenize(text)
with open(os.path.join(here, "tokenizer-expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for piece in zip(ids, starts, ends, words):
        f.write("\t".join(map(str, piece)) + "\n")
