"""The words of a course's vocabulary a typo may be, found without trying every word: what an edit distance
(optimal string alignment) of at most 1 or 2 allows, looked up in indexes built once per course.

A word within the limit either keeps its first letter (or swaps the first two) and then has a length within the
limit, or differs at the front: one edit there (a letter changed, dropped or added) and the rest of it within the
limit less one. Both are looked up; the answer is every position in the vocabulary that can be within the limit,
a few more, never fewer.
"""

from __future__ import annotations

from collections import defaultdict

# Below this many words trying every one is as fast as the lookups (and a small course stays as it was).
SCAN_BELOW = 4000


class NearWords:
    """Positions in `words` of the words that may be within an edit distance of a typed word."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.small = len(words) < SCAN_BELOW
        if self.small:
            return
        # Positions by (first letter, length), by (second letter, length), by the word less its first letter, by
        # the word less its first two, and by the word itself.
        firsts: dict[tuple[str, int], list[int]] = defaultdict(list)
        seconds: dict[tuple[str, int], list[int]] = defaultdict(list)
        tails: dict[str, list[int]] = defaultdict(list)
        tails2: dict[str, list[int]] = defaultdict(list)
        at: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            firsts[(word[:1], len(word))].append(position)
            seconds[(word[1:2], len(word))].append(position)
            tails[word[1:]].append(position)
            tails2[word[2:]].append(position)
            at[word].append(position)
        self._firsts, self._seconds = _frozen(firsts), _frozen(seconds)
        # Most words are the only one with their tail: a lone position is kept as an int (the index stays small).
        self._tails, self._tails2, self._at = _compact(tails), _compact(tails2), _compact(at)

    def candidates(self, word: str, limit: int) -> list[int] | None:
        """Ascending positions of every word within `limit` (1 or 2) of `word`, and perhaps a few more; None when
        the vocabulary is small enough to try every word."""
        if self.small or len(word) < 2 or limit not in (1, 2):
            return None
        found: set[int] = set()
        n, w0, w1 = len(word), word[0], word[1]
        # The same first letter (or the first two swapped), and a length within the limit.
        self._by(found, self._firsts, w0, n - limit, n + limit)
        self._by(found, self._firsts, w1, n - limit, n + limit, (1, w0))
        # A different first letter: a letter changed, dropped or added in front, the rest within limit - 1.
        if limit == 1:
            _add(found, self._tails.get(word[1:]))  # changed
            _add(found, self._at.get(word[1:]))  # dropped
            _add(found, self._tails.get(word))  # added
            return sorted(found)
        w2 = word[2:3]
        # Changed in front, then the rest (word[1:]) within one: same second letter (or swapped), or one edit there.
        self._by(found, self._seconds, w1, n - 1, n + 1)
        if w2:
            self._by(found, self._seconds, w2, n - 1, n + 1, (2, w1))
        _add(found, self._tails2.get(word[2:]))
        _add(found, self._tails.get(word[2:]))
        _add(found, self._tails2.get(word[1:]))
        # Dropped in front, then the word is within one of word[1:].
        self._by(found, self._firsts, w1, n - 2, n)
        if w2:
            self._by(found, self._firsts, w2, n - 2, n, (1, w1))
        _add(found, self._tails.get(word[2:]))
        _add(found, self._at.get(word[2:]))
        _add(found, self._tails.get(word[1:]))
        # Added in front, then its rest is within one of the word.
        self._by(found, self._seconds, w0, n, n + 2)
        self._by(found, self._seconds, w1, n, n + 2, (2, w0))
        _add(found, self._tails2.get(word[1:]))
        _add(found, self._tails.get(word[1:]))
        _add(found, self._tails2.get(word))
        return sorted(found)

    def _by(
        self,
        found: set[int],
        index: dict[tuple[str, int], tuple[int, ...]],
        letter: str,
        shortest: int,
        longest: int,
        then: tuple[int, str] | None = None,
    ) -> None:
        """Add the positions a (letter, length) index holds for those lengths; `then`: only the words with that
        letter at that place too (a swapped pair)."""
        for length in range(max(shortest, 0), longest + 1):
            positions = index.get((letter, length), ())
            if then is None:
                found.update(positions)
            else:
                at, wanted = then
                found.update(p for p in positions if self.words[p][at : at + 1] == wanted)


def _frozen(index: dict) -> dict:
    return {key: tuple(positions) for key, positions in index.items()}


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {key: positions[0] if len(positions) == 1 else tuple(positions) for key, positions in index.items()}


def _add(found: set[int], positions: int | tuple[int, ...] | None) -> None:
    if isinstance(positions, int):
        found.add(positions)
    elif positions:
        found.update(positions)
