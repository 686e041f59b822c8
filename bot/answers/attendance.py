"""How many meetings a student may miss, and what a number of absences costs, from the course's [[attendance]]."""

from __future__ import annotations

import re

from bot.core.answer import Answer, Text, text
from bot.course.model import AttendanceRule, Course

_SHARES = {0.5: "half an absence", 0.25: "a quarter of an absence", 1.0: "a whole absence"}


def absence_share(value: float) -> str:
    """ "half an absence", "a quarter of an absence", "0.3 of an absence"."""
    return _SHARES.get(value, f"{value:g} of an absence")


def rule_lines(rule: AttendanceRule) -> list[str]:
    """The rule in sentences, with only what the page states."""
    out = []
    if rule.free_absences is not None:
        out.append(f"You may miss up to {rule.free_absences} {rule.name}, on the terms the page's words below give.")
        if rule.each_after:
            out.append(f"Each absence after that {rule.each_after}.")
    if rule.required is not None and rule.of is not None:
        out.append(
            f"You must attend at least {rule.required} of the {rule.of} {rule.name}, "
            f"so you may miss {rule.of - rule.required}."
        )
    if rule.required_percent is not None:
        out.append(f"You must attend at least {rule.required_percent:g}% of the {rule.name}.")
    if rule.short_of:
        out.append(f"Below that, {rule.short_of}.")
    if rule.late_counts_as is not None:
        out.append(
            f"Arriving late counts as {absence_share(rule.late_counts_as)}"
            " (what counts as late: the page's words below)."
        )
    if rule.fail_at is not None:
        out.append(f"With {rule.fail_at} or more absences, {rule.fail_text}.")
    return out


def missed_line(rule: AttendanceRule, missed: float) -> str:
    """What `missed` absences mean under the rule, counted only as far as its numbers go."""
    n = f"{missed:g}"
    absences = f"{n} absence is" if missed == 1 else f"{n} absences are"
    said = []
    if rule.free_absences is not None:
        over = missed - rule.free_absences
        if over <= 0:
            said.append(f"{absences} within the {rule.free_absences} the page allows.")
        else:
            cost = f" Each one past the {rule.free_absences} {rule.each_after}." if rule.each_after else ""
            said.append(f"{absences} {over:g} more than the {rule.free_absences} the page allows.{cost}")
    if rule.required is not None and rule.of is not None:
        left = rule.of - missed
        leaves = f"Missing {n} leaves at most {left:g} of the {rule.of} {rule.name}"
        if left >= rule.required:
            said.append(f"{leaves}: at least {rule.required} are needed, so that is enough if you attend the rest.")
        else:
            below = f" Below that, {rule.short_of}." if rule.short_of else ""
            said.append(f"{leaves}, under the {rule.required} required.{below}")
    if rule.fail_at is not None and missed >= rule.fail_at:
        said.append(f"With {rule.fail_at} or more absences, {rule.fail_text}.")
    return " ".join(said)


# a consequence that is itself failing the course ("you cannot pass the course", "receive a K (fail) grade"), not one
# that only costs something ("you lose the right to sit the final exam")
_FAILING = re.compile(r"\bfail|\b(?:cannot|can't|can ?not|do not|don't|will not|won't)\s+pass\b|\ban f\b")
# a consequence the page words as possible only ("you may fail the course", "may receive an F"): neither Yes nor No
_ONLY_POSSIBLE = re.compile(r"\b(?:may|might|could|can)\b(?!\s+not\b)")


def _failing(consequence: str) -> bool:
    said = consequence.lower()
    return bool(_FAILING.search(said)) and not _ONLY_POSSIBLE.search(said)


def fails_with(rule: AttendanceRule, missed: float) -> bool | None:
    """Whether `missed` absences fail the course under the rule's own numbers: True where a stated failing
    consequence applies, False where the page's failing threshold (or the absences it allows) is not reached, None
    where the page names no failing consequence to hold them against."""
    if rule.fail_at is not None and missed >= rule.fail_at and _failing(rule.fail_text):
        return True
    short = rule.required is not None and rule.of is not None and rule.of - missed < rule.required
    if short and _failing(rule.short_of):
        return True
    if short or (rule.fail_at is not None and missed >= rule.fail_at):
        return None  # a consequence short of failing, or one the page words another way
    if rule.fail_at is not None:
        return False
    within = rule.free_absences is not None and missed <= rule.free_absences
    return False if within and rule.required is None else None


def short_with(rule: AttendanceRule, missed: float) -> bool | None:
    """Whether `missed` absences leave fewer meetings than the rule requires; None when it requires no number."""
    if rule.required is None or rule.of is None:
        return None
    return rule.of - missed < rule.required


def allowed_with(rule: AttendanceRule, missed: float) -> bool | None:
    """Whether `missed` absences are within what the rule's own numbers allow (the absences it excuses, the meetings
    it requires, the count that fails): True when every number the page gives is kept, False when one is passed, None
    when the page gives no number to hold them against."""
    kept = []
    if rule.free_absences is not None:
        kept.append(missed <= rule.free_absences)
    if rule.required is not None and rule.of is not None:
        kept.append(rule.of - missed >= rule.required)
    if rule.fail_at is not None:
        kept.append(missed < rule.fail_at)
    return all(kept) if kept else None


def attendance_answer(
    course: Course, rule: AttendanceRule, missed: float | None = None, fail_asked: str = ""
) -> Answer:
    """The rule (and what the absences told mean, when a number was told), then the page's words. Asked whether
    those absences fail ("fail") or still pass ("pass") the course, or still let one sit the exam the rule bars
    ("sit"), or whether one may miss that many ("miss"), the first line opens with Yes or No where the page's numbers
    decide it."""
    lines: list[Text] = []
    told = missed_line(rule, missed) if missed is not None else ""
    if fail_asked == "sit":
        verdict = short_with(rule, missed) if missed is not None else None  # barred from the exam when short
    elif fail_asked == "miss":
        allowed = allowed_with(rule, missed) if missed is not None else None
        verdict = None if allowed is None else not allowed  # Yes when within what the page allows
    else:
        verdict = fails_with(rule, missed) if missed is not None and fail_asked else None
    if verdict is not None:
        yes = verdict if fail_asked == "fail" else not verdict  # ("miss": the verdict is whether it is too many)
        told = f"{'Yes' if yes else 'No'}: {told[:1].lower()}{told[1:]}" if told else ("Yes." if yes else "No.")
    if told:
        lines.append(text(told))
    lines += [text(line) for line in rule_lines(rule)]
    if rule.quote:
        lines.append(text(f"From the course page: “{rule.quote}”"))
    return Answer(title=f"Absences from {rule.name}", lines=tuple(lines))
