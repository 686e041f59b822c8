"""Work of which only the best count: "the best 10 of the 12 WeBWorK sets count", "your lowest quiz is dropped"."""

from __future__ import annotations

from bot.core.answer import Answer, Text, text
from bot.course.model import BestOf, Course


def _lowest(drop: int) -> str:
    return "the lowest one is dropped" if drop == 1 else f"the lowest {drop} are dropped"


def best_of_line(rule: BestOf) -> str:
    """The rule in a sentence, with whichever of its numbers the page gives."""
    if rule.best is not None and rule.of is not None and rule.drop is not None:
        return f"The best {rule.best} of the {rule.of} {rule.name} count ({_lowest(rule.drop)})."
    if rule.best is not None:
        return f"The best {rule.best} {rule.name} count (the course page doesn't say how many there are)."
    lowest = _lowest(rule.drop or 1)
    return f"Of your {rule.name}, {lowest} (the course page doesn't say how many there are)."


def _opening(rule: BestOf, verdict: bool | None) -> str:
    """Yes to "is the lowest dropped" says what is dropped; No to "do they all count" says which do."""
    said = best_of_line(rule)
    if verdict is True:
        return f"**Yes**: {said[0].lower()}{said[1:]}" if rule.drop is None else f"**Yes**: {_dropped(rule)}"
    if verdict is False:
        return f"**No**: only {said[0].lower()}{said[1:]}"
    return said


def _dropped(rule: BestOf) -> str:
    counted = f" (the best {rule.best} count)" if rule.best is not None else ""
    of = f" of the {rule.of}" if rule.of is not None else " of your"
    how_many, verb = ("one", "is") if rule.drop == 1 else (str(rule.drop), "are")
    return f"the lowest {how_many}{of} {rule.name} {verb} dropped{counted}."


def best_of_answer(course: Course, rule: BestOf, verdict: bool | None = None) -> Answer:
    """The rule, opened with a Yes or No when the question asked one the rule settles, and the page's words."""
    lines: list[Text] = [text(_opening(rule, verdict))]
    if rule.quote:
        lines.append(text(f"From the course page: “{rule.quote}”"))
    return Answer(title=f"Which {rule.name} count", lines=tuple(lines))
