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
        starts: dict[tuple[str, int], list[int]] = defaultdict(list)
        tails: dict[str, list[int]] = defaultdict(list)
        at: dict[str, list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            if word:
                starts[(word[0], len(word))].append(position)
                tails[word[1:]].append(position)
            at[word].append(position)
        self._starts = {k: tuple(v) for k, v in starts.items()}
        self._tails = {k: tuple(v) for k, v in tails.items()}
        self._at = {k: tuple(v) for k, v in at.items()}
        self._letters = "".join(sorted({ch for word in words for ch in word}))

    def candidates(self, word: str, limit: int) -> list[int] | None:
        """Ascending positions of every word within `limit` (1 or 2) of `word`, and perhaps a few more; None when
        the vocabulary is small enough to try every word."""
        if self.small or not word or limit not in (1, 2):
            return None
        found: set[int] = set()
        first, second = word[0], word[1:2]
        for length in range(len(word) - limit, len(word) + limit + 1):
            found.update(self._starts.get((first, length), ()))
            if second and second != first:
                found.update(p for p in self._starts.get((second, length), ()) if self.words[p][1:2] == first)
        # A different first letter: one edit at the front, the rest within limit - 1.
        rest, whole = word[1:], word
        near_rest = _within_one(rest, self._letters) if limit == 2 else {rest}
        near_whole = _within_one(whole, self._letters) if limit == 2 else {whole}
        for text in near_rest:
            found.update(self._tails.get(text, ()))  # the first letter changed
            found.update(self._at.get(text, ()))  # the first letter dropped
        for text in near_whole:
            found.update(self._tails.get(text, ()))  # a letter added in front
        return sorted(found)


def _within_one(text: str, letters: str) -> set[str]:
    """The text and every string one edit from it (a letter dropped, changed or added; two neighbours swapped)."""
    out = {text}
    for i in range(len(text) + 1):
        head, tail = text[:i], text[i:]
        if tail:
            out.add(head + tail[1:])
            out.update(head + ch + tail[1:] for ch in letters)
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        out.update(head + ch + tail for ch in letters)
    return out
