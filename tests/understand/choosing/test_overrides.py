"""The readings that come before the intent table's best (bot.understand.choosing.overrides): two tables in a fixed
order, each entry named and saying what a student sees, the first that answers deciding the part."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.choosing import overrides
from bot.understand.choosing.overrides import FALLBACKS, OVERRIDES, SURE, Override, compatible, confidence
from bot.understand.engine import read_question
from tests.conftest import local
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"
STAT = "data/stat-187-f24"
HIST = "tests/fixtures/courses/hist-210-a24"
ML = "data/10-605-s24"

# Why the fallbacks' order matters: an item asked to exist outranks every reading, scored or not (and it reads the
# item without an article read as a part's letter: "is sheet 7 a thing"); the closest rule always answers (or says
# out of scope), so it comes last.
FALLBACK_ORDER = ("item_asked_to_exist", "materials_of_meeting", "guest_on_schedule", "handed_in_unscored")
FALLBACK_ORDER += ("closest_rule",)
# Why the overrides' order matters: those that take a reading outright whatever its rival (a kind's late rule, one
# piece of work due that day, a deadline) come before those that settle two close readings; the kind's late rule
# before the two close policies ("can i put all 4 grace days on one homework" is the late rules, not a choice of two
# rules); a close pair settled before `offered`, which asks "which do you mean?" of any close pair left.
OVERRIDE_ORDER = ("late_of_kind", "one_due_that_day", "handed_in_with", "due_until_meeting", "due_of_kind")
OVERRIDE_ORDER += ("last_day_claim", "policy_rival", "states_due_time", "kind_over_topic", "material_of_topic")
OVERRIDE_ORDER += ("session_for_exam", "link_in_policy")


def test_the_tables_keep_their_order():
    """The order is the engine's: first the fallbacks, then the overrides, as the comments above say why."""
    assert tuple(o.name for o in FALLBACKS) == FALLBACK_ORDER
    assert tuple(o.name for o in OVERRIDES) == OVERRIDE_ORDER


@pytest.mark.parametrize("entry", FALLBACKS + OVERRIDES, ids=[o.name for o in FALLBACKS + OVERRIDES])
def test_each_entry_says_what_a_student_sees(entry):
    """Every entry is its function by name, and its docstring opens with a question a student types."""
    assert entry.run.__name__ == f"_{entry.name}"
    said = " ".join((entry.run.__doc__ or "").split())
    assert said.startswith('"'), entry.name
    assert len(said) > 40, entry.name


def _recorded(monkeypatch) -> list[tuple[str, bool]]:
    """Every fallback and override the engine runs from now on, by name, with whether it answered."""
    seen: list[tuple[str, bool]] = []

    def wrapped(table: tuple[Override, ...]) -> tuple[Override, ...]:
        def one(name, run):
            def recorded(choice):
                got = run(choice)
                seen.append((name, got is not None))
                return got

            return Override(name, recorded)

        return tuple(one(name, run) for name, run in table)

    monkeypatch.setattr(overrides, "FALLBACKS", wrapped(FALLBACKS))
    monkeypatch.setattr(overrides, "OVERRIDES", wrapped(OVERRIDES))
    return seen


def _with_notes():
    """CHEM 1310 whose PS4 notes say a worksheet is handed in with it."""
    chem = course_in(CHEM)
    notes = "Each student also submits the error analysis worksheet on Canvas by the same deadline."
    return replace(chem, assignments=tuple(replace(a, notes=notes) if a.id == "ps4" else a for a in chem.assignments))


CASES = [
    (lambda: course_in(STAT), "is there a ps9", "2024-11-20 10:00", "item_asked_to_exist"),
    (lambda: course_in(HIST), "will the seminar slides be uploaded", "2024-10-08 10:00", "materials_of_meeting"),
    (lambda: course_in(CHEM), "who is dr raman", "2026-02-01 10:00", "guest_on_schedule"),
    (lambda: course_in(ML), "lol", "2024-02-19 10:00", "closest_rule"),
    (_with_notes, "when is the error analysis worksheet due", "2026-02-10 10:00", "handed_in_unscored"),
    (lambda: course_in(CHEM), "do we get 3 slip days", "2026-02-10 10:00", "late_of_kind"),
    (lambda: course_in(ML), "can i put all 4 grace days on one homework", "2024-02-12 10:00", "late_of_kind"),
    (lambda: course_in(CHEM), "the lab report due monday, is that 10pm?", "2026-03-04 14:00", "one_due_that_day"),
    (lambda: course_in(STAT), "anything due before the next lecture", "2024-09-10 10:00", "due_until_meeting"),
    (lambda: course_in(CHEM), "which labs are due in april", "2026-03-04 14:00", "due_of_kind"),
    (lambda: course_in(STAT), "is dec 3 our last lecture?", "2024-10-01 10:00", "last_day_claim"),
    (lambda: course_in(CHEM), "must we show up to lab", "2026-03-04 14:00", "policy_rival"),
    (lambda: course_in(CHEM), "whens ps6 due, midnight?", "2026-03-04 14:00", "states_due_time"),
    (lambda: course_in(CHEM), "when are the exam review sessions", "2026-03-04 14:00", "kind_over_topic"),
    (lambda: course_in(ML), "whats the reading for rff", "2024-02-12 10:00", "material_of_topic"),
]


@pytest.mark.parametrize(("course", "question", "now", "name"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_each_class_is_decided_by_its_entry(monkeypatch, course, question, now, name):
    """A question of each class is decided by its own entry, and by no entry before it in the order."""
    course = course()
    seen = _recorded(monkeypatch)
    read_question(course, question, local(course, now))
    answered = [n for n, got in seen if got]
    assert answered, seen
    assert answered[0] == name, seen


def test_the_entries_run_in_order_until_one_answers(monkeypatch):
    """The fallbacks first, then the overrides, each at most once a part, none after the one that answered."""
    course = course_in(CHEM)
    seen = _recorded(monkeypatch)
    read_question(course, "when is ps6 due", local(course, "2026-03-04 14:00"))
    names = [n for n, _ in seen]
    assert names == list(FALLBACK_ORDER + OVERRIDE_ORDER)
    assert not any(got for _, got in seen)
    seen.clear()
    read_question(course, "which labs are due in april", local(course, "2026-03-04 14:00"))
    assert [n for n, _ in seen] == list(FALLBACK_ORDER + OVERRIDE_ORDER[: OVERRIDE_ORDER.index("due_of_kind") + 1])


def test_the_late_rule_of_a_kind_comes_before_two_close_rules(monkeypatch):
    """Swapped, two close rules would be offered for a question the late rules answer: the order decides."""
    course = course_in(ML)
    now = local(course, "2024-02-12 10:00")
    question = "can i put all 4 grace days on one homework"
    assert read_question(course, question, now).parts[0].intent == "late_rules"
    swapped = (OVERRIDES[6], *OVERRIDES[:6], *OVERRIDES[7:])
    assert swapped[0].name == "policy_rival"
    monkeypatch.setattr(overrides, "OVERRIDES", swapped)
    assert read_question(course, question, now).parts[0].intent != "late_rules"


def test_how_sure_a_reading_is():
    """Sure from its score and its lead: a reading at MIN_SCORE with no lead is a guess, a strong clear one sure."""
    assert confidence(overrides.MIN_SCORE, 0.0) == 0.1
    assert confidence(overrides.MIN_SCORE + 4.0, 3.0) == 1.0
    assert confidence(overrides.MIN_SCORE + 1.5, overrides.MARGIN) == pytest.approx(0.42)
    assert confidence(overrides.MIN_SCORE + 4.0, 3.0) > SURE > confidence(overrides.MIN_SCORE, overrides.MARGIN)


def test_readings_that_say_the_same_are_no_rivals():
    """An exam's card and its rule, a section and its staff: one answer, so no "which do you mean?"."""
    assert compatible("exam", "policy")
    assert compatible("policy", "exam")
    assert compatible("section", "staff")
    assert not compatible("topic", "policy")
