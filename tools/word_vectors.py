"""What a text means, roughly, as one vector: the weighted mean of its words' vectors from a static table distilled
from a sentence model (tools/build_word_vectors.py). Two texts about the same thing in other words ("pictures of my
journal pages into one pdf", "How do I scan my notebook pages?": cosine 0.62, against 0.23 for "When is the final
exam?") get close vectors where no word is shared. Plain Python, no ML framework: the reader the bot would use if the
table shipped. It does not ship (tests/qa/search_quality/README.md, "static word vectors"): tools/
measure_word_vectors.py reads a table built by hand.

The table's layout: b"CBWV1\\n"; a JSON line (dims, count, scale per dimension, vocabulary_bytes); the vocabulary,
WordPiece tokens joined by newlines; one byte per token, its weight x 255 (SIF: how much the token says about what a
text is about, 0 for markers and punctuation); then count x dims int8, each dimension times its scale.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass

MAGIC = b"CBWV1\n"
MAX_WORD = 100  # a longer "word" (a pasted hash, a URL) is no word: skipped, as the model's tokenizer does
Vector = tuple[float, ...]


@dataclass(frozen=True)
class WordVectors:
    dims: int
    index: dict[str, int]
    weights: bytes
    rows: memoryview  # int8, count x dims
    scale: tuple[float, ...]

    def pieces(self, word: str) -> list[int]:
        """The word as the model's tokens, longest known prefix first ("journaling" -> journal, ##ing); [] if a piece
        is unknown."""
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    out.append(self.index[piece])
                    break
                end -= 1
            else:
                return []
            start = end
        return out

    def vector(self, text: str) -> Vector | None:
        """The text's unit vector, or None when none of its words is known."""
        total = [0.0] * self.dims
        weighed = 0.0
        for word in words_of(text):
            for token in self.pieces(word):
                weight = self.weights[token]
                if not weight:
                    continue
                row = self.rows[token * self.dims : (token + 1) * self.dims]
                total = [t + weight * x for t, x in zip(total, row, strict=True)]
                weighed += weight
        if not weighed:
            return None
        scaled = [t * s for t, s in zip(total, self.scale, strict=True)]
        norm = math.sqrt(sum(x * x for x in scaled))
        return tuple(x / norm for x in scaled) if norm else None


def cosine(a: Vector | None, b: Vector | None) -> float:
    """How alike two unit vectors are, -1 to 1; 0 when either is missing."""
    if a is None or b is None:
        return 0.0
    return sum(x * y for x, y in zip(a, b, strict=True))


def mix(a: Vector | None, b: Vector | None, b_weight: float) -> Vector | None:
    """a and b (at `b_weight`) as one unit vector: an entry's question with its answer at a lower weight."""
    if a is None or b is None:
        return a or b
    both = [x + b_weight * y for x, y in zip(a, b, strict=True)]
    norm = math.sqrt(sum(x * x for x in both))
    return tuple(x / norm for x in both) if norm else None


def words_of(text: str) -> list[str]:
    """Lower-case words without accents, punctuation its own word, as the model's tokenizer splits text."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    out: list[str] = []
    for chunk in plain.split():
        word = ""
        for ch in chunk:
            if ch.isalnum():
                word += ch
            else:
                out.append(word) if word else None
                word = ""
        if word:
            out.append(word)
    return [w for w in out if len(w) <= MAX_WORD]


def read(data: bytes) -> WordVectors:
    if not data.startswith(MAGIC):
        raise ValueError("not a word-vector table")
    at = len(MAGIC)
    line_end = data.index(b"\n", at)
    header = json.loads(data[at:line_end])
    at = line_end + 1
    count, dims = header["count"], header["dims"]
    vocabulary = data[at : at + header["vocabulary_bytes"]].decode().split("\n")
    at += header["vocabulary_bytes"]
    weights = bytes(data[at : at + count])
    at += count
    rows = memoryview(data[at : at + count * dims]).cast("b")
    if len(vocabulary) != count or len(rows) != count * dims:
        raise ValueError("word-vector table cut short")
    return WordVectors(dims, {w: i for i, w in enumerate(vocabulary)}, weights, rows, tuple(header["scale"]))
