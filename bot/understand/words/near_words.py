"""The words of a course's vocabulary nearest a typo, found without trying every word: what an edit distance
(optimal string alignment) of at most 1 or 2 allows, looked up in indexes built once per course.

A word within the limit either keeps its first letter (or swaps the first two) and has a length within the limit,
or differs at the front: one edit there (a letter changed, dropped or added) and the rest of it within the limit
less one, which again either keeps its first letter or is found by what remains. The buckets and tails those cases
name hold every word within the limit (and a few more); only they are scored.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Below this many words scoring every one is as fast as the lookups (and a small course is scored as it was).
SCAN_BELOW = 4000

_Bucket = tuple[tuple[str, ...], tuple[int, ...]]  # its words, and their positions in the vocabulary


class NearWords:
    """The nearest words of a vocabulary to a typed word, ranked as scoring the whole vocabulary ranks them."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.small = len(words) < SCAN_BELOW
        if self.small:
            return
        # Words by (first letter, length), (second letter, length), (first two letters, length), (second and third
        # letters, length); and by what follows the first letter, what follows the first two, the word itself.
        buckets: dict[tuple[int, str, int], list[int]] = defaultdict(list)
        tails: dict[str, list[int]] = defaultdict(list)
        tails2: dict[str, list[int]] = defaultdict(list)
        at: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            size = len(word)
            for kind, key in enumerate((word[:1], word[1:2], word[:2], word[1:3])):
                buckets[(kind, key, size)].append(position)
            tails[word[1:]].append(position)
            tails2[word[2:]].append(position)
            at[word].append(position)
        self._buckets: dict[tuple[int, str, int], _Bucket] = {
            key: (tuple(words[p] for p in positions), tuple(positions)) for key, positions in buckets.items()
        }
        # Most words are the only one with their tail: a lone position is kept as an int (the index stays small).
        self._tails, self._tails2, self._at = _compact(tails), _compact(tails2), _compact(at)

    def nearest(self, word: str, limit: int, count: int = 8) -> list[tuple[str, int]]:
        """The `count` words nearest `word` within `limit` edits, with their distances, nearest first and then in
        vocabulary order: what scoring every word would give."""
        if self.small or len(word) < 2 or limit not in (1, 2):
            found = process.extract(word, self.words, scorer=OSA.distance, score_cutoff=limit, limit=count)
            return [(candidate, distance) for candidate, distance, _ in found]
        keys, exact = self._where(word, limit)
        scored: dict[int, int] = {}
        for key in keys:
            bucket = self._buckets.get(key)
            if bucket is None:
                continue
            strings, positions = bucket
            # A bucket's best `count` are enough: a word it ranks lower has `count` better ones in the bucket.
            for _, distance, i in process.extract(word, strings, scorer=OSA.distance, score_cutoff=limit, limit=count):
                scored[positions[i]] = distance
        for position in exact:
            if position not in scored:
                distance = OSA.distance(word, self.words[position], score_cutoff=limit)
                if distance <= limit:
                    scored[position] = distance
        ranked = sorted(scored.items(), key=lambda pair: (pair[1], pair[0]))[:count]
        return [(self.words[position], distance) for position, distance in ranked]

    def _where(self, word: str, limit: int) -> tuple[list[tuple[int, str, int]], set[int]]:
        """The buckets, and the positions looked up exactly, that hold every word within `limit` of `word`."""
        first, second, pair, pair2 = 0, 1, 2, 3  # the bucket kinds, as built
        n, w0, w1, w2 = len(word), word[0], word[1], word[2:3]
        keys: list[tuple[int, str, int]] = []
        exact: set[int] = set()

        def lengths(kind: int, key: str, shortest: int, longest: int) -> None:
            keys.extend((kind, key, size) for size in range(max(shortest, 0), longest + 1))

        # The same first letter, or the first two swapped.
        lengths(first, w0, n - limit, n + limit)
        lengths(pair, w1 + w0, n - limit, n + limit)
        if limit == 1:
            # A different first letter: changed, dropped or added in front, the rest as typed.
            _add(exact, self._tails.get(word[1:]))
            _add(exact, self._at.get(word[1:]))
            _add(exact, self._tails.get(word))
            return list(dict.fromkeys(keys)), exact
        # Changed in front; the rest (word[1:]) within one: the same second letter or the next two swapped, or
        # changed, dropped or added there.
        lengths(second, w1, n - 1, n + 1)
        if w2:
            lengths(pair2, w2 + w1, n - 1, n + 1)
        # Dropped in front; the word within one of word[1:].
        lengths(first, w1, n - 2, n)
        if w2:
            lengths(pair, w2 + w1, n - 2, n)
        # Added in front; its rest within one of the word.
        lengths(second, w0, n, n + 2)
        lengths(pair2, w1 + w0, n, n + 2)
        for index, text in (
            (self._tails2, word[2:]),
            (self._tails, word[2:]),
            (self._tails2, word[1:]),
            (self._at, word[2:]),
            (self._tails, word[1:]),
            (self._tails2, word),
        ):
            _add(exact, index.get(text))
        return list(dict.fromkeys(keys)), exact


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {key: positions[0] if len(positions) == 1 else tuple(positions) for key, positions in index.items()}


def _add(found: set[int], positions: int | tuple[int, ...] | None) -> None:
    if isinstance(positions, int):
        found.add(positions)
    elif positions:
        found.update(positions)
