"""'is there a reading day before finals', 'do we get a spring break': whether a named stretch of the schedule (a
break, a reading day) exists at all, which is not whether class meets in it: Yes, with its days."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.timefmt import human_date
from bot.understand.question.reading import Reading
from bot.understand.words.lexicon import Period

# The question asks whether a thing exists ("is there", "do we get", "will there be"), not whether class is held.
_EXISTS = re.compile(
    r"^(?:(?:is|are)\s+there|will\s+there\s+be|(?:do|does|will|did)\s+(?:we|you|they|students|the\s+(?:course|class)"
    r"|this\s+(?:course|class|term|semester))\s+(?:have|get|has|gets)"
    r"|(?:are|will)\s+(?:we|you|they|students)\s+(?:getting|having|going\s+to\s+(?:get|have)|gonna\s+(?:get|have)))\b"
)
# Other things a question may name beside the stretch without asking about class in it ("before finals").
_BESIDE = frozenset({"period", "exam"})


def period_asked(r: Reading, periods: Mapping[str, Period]) -> Period | None:
    """The stretch whose existence a yes/no question asks about, or None when it asks something else (a kind of
    meeting or class during it, a word nothing explains, no opening that asks whether a thing exists)."""
    if not r.yes_no or "class" in r.cues or r.content:
        return None
    named = next((m for m in r.mentions if m.kind == "period" and not m.relation), None)
    if named is None:
        return None
    # a word of the stretch's own name that also names something else ("reading" of "reading week") is its name
    if any(m.kind not in _BESIDE and not named.start <= m.start < m.end <= named.end for m in r.mentions):
        return None
    # "is spring break the week of apr 12", "is reading week in march": the stretch is what the question is of
    subject = r.tokens[:1] in (["is"], ["will"]) and named.start == 1 + (r.tokens[1:2] == ["the"])
    subject = subject or _stated_of_it(r.tokens, named.start, named.end)
    subject = subject and any(t.kind in ("day", "range") for t in r.times)  # a span typed: not "is it over"
    if not subject and not _EXISTS.search(r.text.lower().lstrip()):
        return None
    return periods.get(named.ids[0])


# What a stretch opening a believed statement is said to do: "spring break is in march right", "... falls in march"
# (never "starts": a stretch that only overlaps the span asked does not start in it)
_STATED_VERBS = frozenset({"is", "s", "will", "falls", "was"})


def _stated_of_it(tokens: list[str], start: int, end: int) -> bool:
    """ "spring break is in march right": a believed statement whose subject is the stretch (its name opens it, its
    verb follows), checked as "is spring break in march" is; "class is in march during spring break" is not of it."""
    if start != (tokens[:1] == ["the"]) or not tokens[end:]:
        return False
    # "thanksgiving break's in december right": the span typed took its verb, so only the tag is left after it
    return tokens[end] in _STATED_VERBS or set(tokens[end:]) <= _TAGS


_TAGS = frozenset({"right", "yeah", "yes", "correct", "isnt", "it", "no", "innit", "yea", "ya", "true"})


def period_reason(period: Period, *, whole: bool = False) -> str:
    """The stretch and the days the page marks in it (a "reading week" marked Monday to Friday ends on the Friday,
    though its week runs to the Sunday), as the reason for a Yes; `whole`: to the end of its week, where a day the page
    does not mark decides the answer ("is reading week in november" of the week of Mon Oct 28)."""
    last = period.last if whole else period.last_marked
    if period.first == last:
        return f"{period.name} is on {human_date(period.first)}."
    return f"{period.name} runs {human_date(period.first)} – {human_date(last)}."
