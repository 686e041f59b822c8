"""A piece of work told as done before the question ("once the draft is in tonight, what's due after that", "after i
hand in lab 3 what's next"): what is asked comes after it, as "what's due after lab 3" does. The work's mention gets
the relation "after", so the next deadline shown is the one after it, never the work itself."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.question.reading import Mention

# "once", "after", "when" opening the clause that tells the work done
_OPENERS = frozenset({"once", "after", "when"})
# the words telling it done, before it ("after i submit") or after it ("once the draft is in")
_DONE = frozenset(
    {
        "submit",
        "submitted",
        "submitting",
        "hand",
        "handed",
        "turn",
        "turned",
        "finish",
        "finished",
        "done",
        "in",
        "over",
    }
)
# a question's own words after "when" ("when do we submit"): asked, not told done
_ASKING = frozenset({"do", "does", "did", "is", "are", "was", "were", "will", "can", "could", "should", "would", "r"})
# "after that", "after it": the work told just before
_BACK = frozenset({"that", "it", "this", "those", "them"})


def work_done_first(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions, the one piece of work named given the relation "after" when the question tells it done first
    ("once ... is in", "after i submit ...") or asks what comes "after that"; unchanged otherwise."""
    work = [m for m in mentions if m.kind == "assignment"]
    if len(work) != 1 or work[0].relation:
        return mentions
    m = work[0]
    before = tokens[max(0, m.start - 5) : m.start]
    # "once i submit", "after the draft is in", never a question's own "when do we submit"
    opener = next((i for i, w in enumerate(before) if w in _OPENERS), None)
    # the word after the opener: the work's own first word when the opener is right before it ("once essay 1 is in")
    following = [*before, *tokens[m.start : m.start + 1]][opener + 1] if opener is not None else ""
    opened = (
        opener is not None and following not in _ASKING and bool(_DONE & {*before[opener:], *tokens[m.end : m.end + 3]})
    )
    # "what's due after that" closing the question, nothing else named between the work and it
    pointed = (
        len(tokens) >= 2
        and tokens[-2] == "after"
        and tokens[-1] in _BACK
        and not any(x.start >= m.end and x.start < len(tokens) - 2 for x in mentions if x is not m)
    )
    if not (opened or pointed):
        return mentions
    return [replace(x, relation="after") if x is m else x for x in mentions]
