"""'do we submit on moodle', 'is hw handed in through gradescope': a yes/no question naming the site work goes to.

The site must be one of the course's own platforms, named by a word of its name ("moodle" for "NTMU Moodle"), so
"do we submit on time" names no site. The answer is where work is handed in (as "where do we submit" gets it), opened
with Yes when that answer names the site and No when it names another: the page's own sites decide, nothing else.
"""

from __future__ import annotations

import re

from bot.core.answer import Answer
from bot.course.model import Course
from bot.understand.answering.replies import verdict

# "do we submit on X", "are reports handed in via X", "can i upload it to X": handing in, then the site it goes to;
# never a late, regrade or extension request sent somewhere
SITE_CLAIMED = re.compile(
    r"^(?!.*\b(?:regrades?|late|extensions?|requests?|grace|appeals?|questions?|ask)\b)"
    r"(?:do|does|did|can|could|should|will|would|are|is|r|we|i|so)\b.*"
    r"\b(?:submit(?:ted|ting)?|hand(?:ed|ing)?(?:\s+\w+){0,3}?\s+in|turn(?:ed|ing)?(?:\s+\w+){0,3}?\s+in"
    r"|upload(?:ed|ing)?|handin)\s+(?:\w+\s+){0,3}?(?:on|to|through|thru|via|into|in)\s+(?:the\s+)?(?P<site>[\w-]+)"
)
# words of sites' names that name no one site ("the Moodle Q&A forum" is named by "moodle", not "forum")
_GENERIC = frozenset(
    {"the", "a", "an", "of", "and", "for", "course", "class", "student", "students", "forum", "forums", "portal"}
    | {"system", "grades", "gradebook", "site", "page", "online", "q", "leave", "discord", "learning", "my"}
)


def site_words(course: Course) -> frozenset[str]:
    """The words that name one of the course's sites: its id and the distinctive words of its name."""
    words = set()
    for site in course.platforms:
        name = site.name.split("(")[0].lower()
        words |= {w for w in re.findall(r"[a-z][\w-]+", f"{site.id.lower()} {name}") if w not in _GENERIC}
    return frozenset(w for w in words if len(w) > 2 and not w.isdigit())


def site_claimed(course: Course, question: str) -> str | None:
    """The site word a yes/no question about handing work in names ("do we submit on moodle": "moodle"), when it
    is a word of one of the course's sites; None otherwise."""
    found = SITE_CLAIMED.search(question)
    if found is None:
        return None
    site = found.group("site").lower()
    return site if site in site_words(course) else None


def site_checked(site: str, handed_in: Answer) -> Answer:
    """Where work is handed in, opened with Yes when every line of it names the site asked of and No when none does;
    as it is when work of some kinds goes there and of others elsewhere."""
    named = [
        re.search(rf"\b{re.escape(site)}\b", " ".join(str(piece) for piece in line).lower()) is not None
        for line in handed_in.lines
    ]
    if named and all(named):
        return verdict(handed_in, True, "that is where it is handed in.")
    if not any(named):
        return verdict(handed_in, False, "it is handed in elsewhere:")
    return handed_in
