"""Reads PolNeAR (brat standoff, first-listed annotator) and turns articles into labelled WordPiece windows.

Label scheme (one BIO tag per role and piece, so a token can be content of one relation and cue of a nested one):
  role 0 = cue, 1 = source, 2 = content; tag 0 = O, 1 = B (first piece of a span), 2 = I.
Spans of one role that overlap are merged (nested content is tagged as its outermost span); each piece of a
discontinuous span is a span of its own (the decoder joins pieces split by an attribution).
The article order and the held-out tenth (every tenth article, index % 10 == 0) match
tests/StatementKit.Evaluation (BratCorpus.Load and --held-out-tenth).
"""
import os
import re

ROLES = ("Cue", "Source", "Content")
RECORD = re.compile(r"^[TEAM#]\d+\t")


def first_annotators(root, split):
    result = {}
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        comp, name, ann = header.index("compartment"), header.index("filename"), header.index("annotators")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) > ann and cells[comp] == split:
                result[cells[name]] = cells[ann].split("|")[0]
    return result


def read_relations(ann_text):
    records = []
    for line in ann_text.split("\n"):
        if RECORD.match(line):
            records.append(line)
        elif records:
            records[-1] += "\n" + line
    spans = {}
    for record in records:
        if record[0] != "T":
            continue
        fields = record.split("\t")
        type_and_ranges = fields[1]
        ranges = type_and_ranges[type_and_ranges.index(" ") + 1:]
        spans[fields[0]] = [tuple(int(x) for x in r.strip().split(" ")) for r in ranges.split(";")]
    relations = []
    for record in records:
        if record[0] != "E":
            continue
        relation = {"Cue": [], "Source": [], "Content": []}
        for role in record.split("\t")[1].split():
            if ":" not in role:
                continue
            kind, ident = role.split(":", 1)
            if ident not in spans:
                continue
            if kind.startswith("Content"):
                relation["Content"].extend(spans[ident])
            elif kind in relation:
                relation[kind].extend(spans[ident])
        if relation["Content"]:
            relations.append(relation)
    return relations


def load(root, split):
    """Yields (name, text, relations) in the evaluation harness's order."""
    annotators = first_annotators(root, split)
    text_dir = os.path.join(root, split, "text")
    for file in sorted(os.listdir(text_dir)):
        if not file.endswith(".txt"):
            continue
        name = file[:-4]
        if name not in annotators:
            continue
        ann_path = os.path.join(root, split, "attributions", f"{name}_{annotators[name]}.ann")
        if not os.path.exists(ann_path):
            continue
        with open(os.path.join(text_dir, file), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(ann_path, encoding="utf-8", newline="") as f:
            yield name, text, read_relations(f.read())


def merged(spans):
    out = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def piece_labels(relations, starts, ends, word_of):
    """Per role, a tag per piece."""
    n = len(starts)
    labels = [[0] * n for _ in ROLES]
    # word extents
    word_start, word_end = {}, {}
    for i in range(n):
        w = word_of[i]
        word_start.setdefault(w, starts[i])
        word_end[w] = ends[i]
    for r, role in enumerate(ROLES):
        spans = merged([p for rel in relations for p in rel[role]])
        j = 0
        for s, e in spans:
            first = True
            for i in range(n):
                w = word_of[i]
                if word_start[w] < e and word_end[w] > s:
                    if first:
                        labels[r][i] = 1
                        first = False
                    elif i > 0 and word_of[i - 1] == w and labels[r][i - 1] == 0:
                        labels[r][i] = 1
                    else:
                        labels[r][i] = 2
    return labels


def windows(length, size, stride):
    """Start offsets of windows of at most `size` pieces covering [0, length)."""
    if length <= size:
        return [0]
    starts = list(range(0, length - size, stride))
    starts.append(length - size)
    return starts
