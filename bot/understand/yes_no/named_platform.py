"""Yes on whether the course has a site the student names ("is there a discord for this class", "do we have a
zulip") when one of the course's own sites (its platforms: forum, chat, submission site, ...) is called by that name:
the student sees Yes and the site, with its address. Only a question that asks of nothing but the site counts ("is
there a discord call tonight" asks of something else); a name no site of the course carries decides nothing here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.course.model import Platform
from bot.understand.words.normalize import phrase_key

# "is there a discord", "do we have a slack for this course", "does this class have a forum?": the site asked of
_ASKS_EXISTS = re.compile(
    r"^\s*(?:so\s+|and\s+|also\s+|wait\s+)?(?:is\s+there|are\s+there|do\s+we\s+(?:have|get|use)|"
    r"does\s+(?:this|the)\s+(?:course|class|module|unit)\s+(?:have|use))\s+(?:a|an|any|some)?\s*(?P<site>.+?)\s*"
    r"(?:(?:in|for|of)\s+(?:this|the|our)\s+(?:course|class|module|unit)|this\s+(?:term|semester|sem))?\s*[?.!]*\s*$",
)
# Words a site's name holds that name no site by themselves ("the class Discord", "the course forum")
_PLAIN = frozenset({"the", "a", "an", "our", "course", "class", "site", "page", "server", "channel", "group"})


def named_platforms(question: str, platforms: Sequence[Platform]) -> list[Platform]:
    """The course's sites a question asking whether there is one calls by name (every word asked is a word of the
    site's name, and not only plain words like "course"); [] when it asks of anything else."""
    asked = _ASKS_EXISTS.match(" ".join(question.lower().replace("’", "'").split()))
    if asked is None:
        return []
    key = set(phrase_key(asked.group("site")))
    if not key - _PLAIN or len(key) > 3:
        return []
    return [p for p in platforms if key <= set(phrase_key(p.name)) | _PLAIN]


def platform_exists_verdict(question: str, platforms: Sequence[Platform]) -> tuple[bool, str] | None:
    """(Yes, which site and where) when the question asks whether there is a site the course names; None
    otherwise."""
    named = named_platforms(question, platforms)
    if not named:
        return None
    return True, "; ".join(f"{p.name}, {p.url}" if p.url else p.name for p in named) + "."
