"""Issue 12, round 7a: late what-ifs with weekdays, pool Yes/No first, stated times across clock changes, read
end to end on more than one course."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.render_text import answer_text
from bot.core.timefmt import parse_now
from bot.course.loader import load_course
from bot.understand.engine import read_question

ROOT = Path(__file__).resolve().parents[2]


def ask(course_dir: Path, question: str, now: str) -> tuple[dict, str]:
    course = load_course(course_dir)
    moment = parse_now(now, course.tz)
    result = read_question(course, question, moment)
    return result.as_json(), answer_text(result.answer, course.tz, moment)


@pytest.mark.parametrize(
    ("folder", "question", "now", "intent", "moment"),
    [
        (
            "data/stat-187-f24",
            "if i submit the report at 1am saturday is that late",
            "2024-10-09T10:00",
            "late_whatif",
            "2024-12-07T01:00:00-08:00",
        ),
        (
            "data/10-605-s24",
            "if i submit hw3 at 2am thursday is that late",
            "2024-02-12T10:00",
            "late_whatif",
            "2024-02-22T02:00:00-05:00",
        ),
        (
            "tests/fixtures/courses/hist-210-a24",
            "if i submit essay 1 at 3pm saturday is that late",
            "2024-10-07T10:30",
            "late_whatif",
            "2024-10-26T15:00:00+01:00",
        ),
    ],
)
def test_weekday_moment_slot_is_after_the_deadline(folder, question, now, intent, moment) -> None:
    """The moment slot is the weekday at or after the due day, not this week's."""
    reading, _ = ask(ROOT / folder, question, now)
    part = reading["parts"][0]
    assert part["intent"] == intent
    assert part["slots"]["moment"] == moment


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        ("data/stat-187-f24", "i submitted ps2 5 min late, did that burn a late day", "2024-10-09T10:00", "No:"),
        ("data/10-605-s24", "i submitted hw2 5 min late, did that burn a grace day", "2024-02-16T10:00", "Yes:"),
        ("data/10-605-s24", "can I use 3 late days on one hw", "2024-02-12T10:00", "No:"),
        ("data/stat-187-f24", "how many late days can I use", "2024-10-09T10:00", "This course has no pool"),
        ("data/stat-187-f24", "is ps6 still due at 5 pm pacific after the clocks change", "2024-10-09T10:00", "Yes:"),
    ],
)
def test_first_line(folder, question, now, first) -> None:
    """Yes/No (or the missing pool) comes first."""
    _, said = ask(ROOT / folder, question, now)
    body = [line for line in said.splitlines()[2:] if line.strip()]
    assert body[0].replace("**", "").startswith(first)


@pytest.mark.parametrize(
    ("folder", "question", "now", "date"),
    [
        ("data/stat-187-f24", "what if i hand ps4 in on monday", "2024-10-09T10:00", "2024-10-21"),
        ("data/stat-187-f24", "can i turn in ps4 on thursday", "2024-10-15T09:00", "2024-10-17"),
        ("data/stat-187-f24", "i turned in ps3 on saturday, how much did i lose", "2024-10-16T09:00", "2024-10-12"),
    ],
)
def test_submit_on_a_weekday_slot(folder, question, now, date) -> None:
    """A weekday without a time in a what-if is a submission day, read from the deadline."""
    reading, _ = ask(ROOT / folder, question, now)
    slots = reading["parts"][0]["slots"]
    assert slots["submit_on"] is True
    assert slots["date"] == date


@pytest.mark.parametrize(
    ("folder", "question", "now", "first"),
    [
        # 10-605: with no grace days left, up to 24 h late loses 50%, later gets no credit.
        ("data/10-605-s24", "no more late days left, hw5 is 30 hours late, any credit?", "2024-04-02T15:30", "No"),
        ("data/10-605-s24", "hw5 is 1 hour late, do i still get points", "2024-04-02T15:30", "Yes"),
        # STAT 187: 2% per started hour up to 48 h, then not accepted.
        ("data/stat-187-f24", "ps7 5 hours late, any credit", "2024-11-20T17:15", "Yes"),
        ("data/stat-187-f24", "will i get any points if ps7 is 60 hours late", "2024-11-20T17:15", "No"),
    ],
)
def test_any_credit_is_answered_on_the_credit_kept(folder, question, now, first):
    """ "any credit?" is whether anything of the score is kept, not whether the work is graded."""
    _, said = ask(ROOT / folder, question, now)
    assert said.splitlines()[2].startswith(f"{first}:"), said
