"""BERT-style uncased WordPiece tokenisation with character offsets.

The C# tokeniser in src/StatementKit.Neural/Tokenization mirrors this file rule for rule: the model is trained on
exactly the pieces the package produces at run time. Rules (as BERT's BasicTokenizer, with offsets kept):
  - white space (space, tab, CR, LF, Unicode Zs) and control characters separate words and are dropped;
  - every punctuation character (ASCII symbols and Unicode P*) and every CJK ideograph is a word of its own;
  - a word is lower-cased per character and accents are folded by the table ACCENT_FOLDS (a letter whose canonical
    decomposition is one base letter plus combining marks becomes that base letter), so lengths never change and
    every piece keeps exact offsets;
  - a word is split greedily longest-match-first into vocabulary pieces ("##" marks a continuation); a word longer
    than 100 characters or with no split is one [UNK].
"""
import unicodedata

MAX_WORD_CHARS = 100
FOLD_RANGE_END = 0x3000  # accents are folded below this code point (Latin, Greek, Cyrillic, ...)


def build_accent_folds():
    folds = {}
    for code in range(0x80, FOLD_RANGE_END):
        ch = chr(code)
        decomposed = unicodedata.normalize("NFD", ch)
        base = [c for c in decomposed if unicodedata.category(c) != "Mn"]
        if len(base) == 1 and base[0] != ch and len(decomposed) > 1:
            folds[ch] = base[0]
    return folds


ACCENT_FOLDS = build_accent_folds()


def is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def is_control(ch):
    if ch in "\t\n\r":
        return False
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Cf")


def is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def is_cjk(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF)


def normalise_char(ch):
    lower = ch.lower()
    if len(lower) != 1:
        lower = ch
    return ACCENT_FOLDS.get(lower, lower)


def words(text):
    """Yields (start, end) of each word: a run of word characters or one punctuation/CJK character."""
    start = -1
    for i, ch in enumerate(text):
        if is_whitespace(ch) or is_control(ch):
            if start >= 0:
                yield start, i
                start = -1
        elif is_punctuation(ch) or is_cjk(ch):
            if start >= 0:
                yield start, i
                start = -1
            yield i, i + 1
        elif start < 0:
            start = i
    if start >= 0:
        yield start, len(text)


class WordPiece:
    def __init__(self, vocab_path):
        with open(vocab_path, encoding="utf-8") as f:
            self.vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.pad = self.vocab["[PAD]"]

    def tokenize(self, text):
        """Returns (ids, starts, ends, word_index): one entry per piece, offsets into text."""
        ids, starts, ends, word_of = [], [], [], []
        for w, (ws, we) in enumerate(words(text)):
            word = "".join(normalise_char(c) for c in text[ws:we])
            pieces = self._split(word)
            if pieces is None:
                ids.append(self.unk); starts.append(ws); ends.append(we); word_of.append(w)
                continue
            offset = ws
            for piece_id, length in pieces:
                ids.append(piece_id); starts.append(offset); ends.append(offset + length); word_of.append(w)
                offset += length
        return ids, starts, ends, word_of

    def _split(self, word):
        if len(word) > MAX_WORD_CHARS:
            return None
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                if candidate in self.vocab:
                    found = self.vocab[candidate]
                    break
                end -= 1
            if found is None:
                return None
            pieces.append((found, end - start))
            start = end
        return pieces
