"""An exam's own rule asked of it (its length, a requirement, arriving, being late, signing up, dress, sitting with
another section): the rule's sentence first, Yes or No first when one clause says it plainly, never the schedule
rows sharing the exam's name nor the late-work rules (bot.understand.exams.exam_rule_asked)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.understand.exams.exam_rule_asked import rule_asked
from tests.understand.conftest import course_in, first_line, reply

_RULES = (
    "Sign up for a 10-minute slot on Moodle; the sign-up sheet closes Fri May 2.",
    "Each map holds 30 place names and must be labelled in German, in pencil.",
    "Arrive 15 minutes before your slot with your student card.",
    "If you are late for your slot, you go to the end of the queue.",
    "Field clothes and boots are fine; no dress code applies.",
    "Visitors are welcome; they do not need to register.",
)
_MISSED = "With a doctor's note within 3 days you sit the map test in the other group's session."


@pytest.fixture(scope="module")
def by_group(geo):
    """GEO 2210 whose map test is sat by each practical group on its own day, with rules of its own."""
    base = geo.exam("maptest")
    nord = dataclasses.replace(
        base, id="map-nord", title="Map test (Nord)", aliases=(), sections=("Nord",), rules=_RULES, if_missed=_MISSED
    )
    sued = dataclasses.replace(nord, id="map-sued", title="Map test (Süd)", sections=("Sued",))
    sued = dataclasses.replace(sued, date=base.date + dt.timedelta(2))
    others = tuple(e for e in geo.exams if e.id != "maptest")
    return dataclasses.replace(geo, exams=(nord, sued, *others))


@pytest.mark.parametrize(
    ("question", "said", "yes"),
    [
        ("how many place names does each map have to have", "30 place names", None),
        ("do the maps have to be labelled in german", "labelled in German", True),
        ("how early should we get there for the map test", "Arrive 15 minutes", None),
        ("what if im late for my map test slot", "end of the queue", None),
        ("how do i sign up for a map test slot", "closes Fri May 2", None),
        ("is there anything i should wear for the map test", "Field clothes", None),
        ("do visitors need to register for the map test", "do not need to register", False),
        ("sick on my group's day, can i do the map test with group south instead? im in nord", "doctor's note", None),
    ],
)
def test_the_rule_that_answers_is_quoted_first(by_group, question, said, yes):
    """Each aspect asked of the sittings' rules: the sentence that answers, and a Yes or No only where it says so."""
    result, text = reply(by_group, question, "2025-04-01 10:00")
    assert result.parts[0].intent == "exam_rule_asked", text
    assert said in text
    if yes is None:
        assert not first_line(text).startswith(("Yes", "No")), text
    else:
        assert first_line(text).startswith("Yes" if yes else "No"), text


@pytest.mark.parametrize(
    "question",
    [
        "how long is the map test",  # the exam's own length, from its times
        "when is the map test",
        "what do we need for the map test next to the klausur",  # a word no rule holds
        "can i hand in the field log late",  # late work, not late to an exam
    ],
)
def test_no_rule_is_read_where_none_is_asked(by_group, question):
    """A question of the exam's time, of work, or of something no single rule holds is left to the other readers."""
    result, _ = reply(by_group, question, "2025-04-01 10:00")
    assert all(p.intent != "exam_rule_asked" for p in result.parts)


@pytest.mark.parametrize(
    ("question", "said", "yes"),
    [
        ("what do we have to bring to midterm 2", "Bring your student ID", None),
        ("does the index card for the final have to be handwritten", "index card of handwritten notes", True),
    ],
)
def test_on_a_course_with_one_sitting_each(question, said, yes):
    """CHEM 1310's own exam rules answer the same way."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    _, text = reply(chem, question, "2026-02-10 10:00")
    assert said in text
    assert first_line(text).startswith("Yes") if yes else not first_line(text).startswith(("Yes", "No"))


def test_a_rule_with_a_bound_is_no_denial():
    """ "no later than 7 days before" bounds a rule; it says no No."""
    comp = course_in("tests/fixtures/courses/chem-1310-s26")
    exam = dataclasses.replace(comp.exams[0], rules=("Register for the exam in Sisu no later than 7 days before.",))
    course = dataclasses.replace(comp, exams=(exam,))
    _, text = reply(course, f"do i have to register for {exam.title.lower()} somewhere", "2026-02-10 10:00")
    assert first_line(text).startswith("Yes"), text
    assert rule_asked(course, _reading(course, "when is it")) is None


def _reading(course, question):
    from bot.understand.engine import engine_for
    from tests.conftest import local

    return engine_for(course)._parts(question, question, local(course, "2026-02-10 10:00"))[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("do i need a calculator for the final", "non-graphing scientific calculator"),
        ("is a calculator required for the final exam", "non-graphing scientific calculator"),
    ],
)
def test_a_rule_that_only_lets_is_a_no_to_must(question, said):
    """ "do i need a calculator" of "You may bring ... a calculator": No, it is allowed, not required, with the rule
    quoted; "does the card have to be handwritten" of the same rule is still Yes (tested above)."""
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    result, text = reply(chem, question, "2026-02-10 10:00")
    assert result.parts[0].intent == "exam_rule_asked", text
    assert said in text
    assert first_line(text).startswith("No: it is allowed, not required"), text


@pytest.mark.parametrize(
    ("question", "rule", "allowed"),
    [
        ("do we have to bring notes to the exam", "Notes may be brought in.", True),
        ("do we have to bring notes to the exam", "You may bring notes; you must show your ID.", False),
        ("do we need notes for the exam or can we go without", "You may bring notes.", False),  # a may-I beside
    ],
)
def test_allowed_only_is_a_must_i_question_of_a_rule_that_only_allows(question, rule, allowed):
    """A rule that both allows and requires, or a question that asks may-I too, is no "allowed, not required"."""
    from bot.understand.exams.exam_rule_asked import _allowed_only

    assert _allowed_only(question, rule) is allowed


def test_a_title_full_stop_ends_no_rule_clause(by_group):
    """ "email Dr. Weber by Friday": the title's full stop does not cut the rule, so a question naming all of it
    finds it (the course's one sentence splitter, bot.core.sentences)."""
    rules = ("Students with a clash must email Dr. Weber by Friday of week 2.",)
    exams = tuple(dataclasses.replace(e, rules=rules) if e.id.startswith("map-") else e for e in by_group.exams)
    course = dataclasses.replace(by_group, exams=exams)
    result, text = reply(course, "if i have a clash do i have to email weber for the map test", "2025-04-01 10:00")
    assert result.parts[0].intent == "exam_rule_asked", text
    assert first_line(text).startswith("Yes"), text


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("do we need to know the alpine rivers for the map test", False),  # the exception named: No
        ("do we need to know the german cities for the map test", True),  # the rule's own: Yes
    ],
)
def test_the_rules_exception_turns_its_verdict(geo, question, yes):
    """A rule's "except ..." decides what it names: "covers ... except the alpine rivers" is No to the rivers."""
    rule = "Covers the german cities and regions except the alpine rivers."
    course = dataclasses.replace(
        geo, exams=tuple(dataclasses.replace(e, rules=(rule,)) if e.id == "maptest" else e for e in geo.exams)
    )
    found = rule_asked(course, _reading(course, question))
    assert found is not None
    assert found.yes is yes
