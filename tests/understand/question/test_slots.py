"""Slots: the values an answer needs, with ranges named through the course's own periods and exams."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.understand.engine import engine_for
from bot.understand.page_evidence.evidence import Evidence
from bot.understand.question.slots import _units_asked, asks_in_person
from tests.conftest import at, local
from tests.understand.conftest import course_in, reply

NOW = at("2024-02-12 10:00")
D = dt.date.fromisoformat
CHEM = "tests/fixtures/courses/chem-1310-s26"
STAT = "data/stat-187-f24"


def fill(course, intent, question):
    engine = engine_for(course)
    return engine.slots.fill(intent, engine.reader.read(question, NOW), Evidence(), NOW, None)


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("schedule after spring break", "2024-03-09", "2024-04-24"),
        ("schedule during spring break", "2024-03-04", "2024-03-08"),
        ("schedule the week after spring break", "2024-03-11", "2024-03-17"),
        ("schedule the week before spring break", "2024-02-26", "2024-03-03"),
        ("schedule before the midterm", "2024-02-12", "2024-02-25"),
        ("schedule the day before spring break", "2024-03-03", "2024-03-03"),
        ("schedule the day after the midterm", "2024-02-27", "2024-02-27"),
        ("is there class on the day of the midterm", "2024-02-26", "2024-02-26"),  # the exam's own day
        ("what's the schedule", "2024-02-12", "2024-02-18"),
        ("what lectures are left after this week", "2024-02-19", "2024-04-24"),  # the week's end to the term's
        ("schedule after next week", "2024-02-26", "2024-04-24"),
    ],
)
def test_ranges_named_through_periods_and_exams(course, question, first, last):
    """'after spring break', 'the week before spring break', 'before the midterm' are ranges of days."""
    assert fill(course, "schedule_range", question)["range"] == (D(first), D(last))


@pytest.mark.parametrize(
    ("question", "first", "last", "label"),
    [
        ("anything due tomorrow", "2024-02-13", "2024-02-13", "tomorrow"),
        ("what's due by friday", "2024-02-12", "2024-02-16", "by Fri Feb 16"),
        ("what's due this week", "2024-02-12", "2024-02-18", "this week (through Sunday)"),
        ("what's due", "2024-02-12", "2024-02-19", "in the next 7 days"),
        ("all remaining deadlines", "2024-02-12", "2024-04-24", "for the rest of the term"),
    ],
)
def test_what_due_means_over_time(course, question, first, last, label):
    """A day is that day; 'by' a day is from now until then; nothing said is the next seven days."""
    slots = fill(course, "due_soon", question)
    assert slots["range"] == (D(first), D(last))
    assert slots["label"] == label


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("who has oh right now", "now"),
        ("office hours wednesday", D("2024-02-14")),
        ("office hours this week", "this week"),
        ("office hours next week", "next week"),
        ("office hours during spring break", (D("2024-03-04"), D("2024-03-08"))),
        ("office hours", "upcoming"),
    ],
)
def test_office_hours_when(course, question, when):
    assert fill(course, "office_hours", question)["when"] == when


def test_late_rules_in_general_point_at_the_courses_late_policy(course):
    """With no assignment named, the late-work policy is found from the course's own keywords."""
    assert fill(course, "late_rules", "whats the late policy")["policy"] == "grace-days"
    assert fill(course, "extension", "how do extensions work")["policy"] == "extensions"


def test_what_is_due_after_an_exam_asked_after_it_starts_today(course):
    """'what's due after the midterm', asked a week after it: what is still to come, not what has passed."""
    engine = engine_for(course)
    now = at("2024-03-20 09:00")
    slots = engine.slots.fill("due_soon", engine.reader.read("whats due after the midterm", now), Evidence(), now, None)
    assert slots["range"][0] == D("2024-03-20")


@pytest.mark.parametrize(
    ("question", "kind", "section"),
    [
        ("next dis", "discussion", None),
        ("next discussion for 1c", "discussion", "1C"),
        ("next lecture", "lecture", None),
        ("next class", "class", None),
    ],
)
def test_meeting_kinds_and_sections_in_the_courses_words(second_course, question, kind, section):
    """The kind asked about is the course's own (its aliases and synonyms too); a section named, in any case."""
    engine = engine_for(second_course)
    now = local(second_course, "2024-10-16 08:00")
    slots = engine.slots.fill("next_class", engine.reader.read(question, now), Evidence(), now, None)
    assert (slots["kind"], slots["section"]) == (kind, section)


def test_a_section_named_wins_over_the_askers_own(second_course):
    """Asked by a student of 1A, 'who runs section 1C' is about 1C; 'who runs my section' about 1A."""
    engine = engine_for(second_course)
    now = local(second_course, "2024-10-16 08:00")
    named = engine.slots.fill("staff", engine.reader.read("who runs section 1C", now), Evidence(), now, "1A")
    mine = engine.slots.fill("staff", engine.reader.read("who runs my section", now), Evidence(), now, "1A")
    assert (named["section"], mine["section"]) == ("1C", "1A")


def test_roles_are_the_courses_titles(second_course):
    """'GSIs' is the course's role; 'professor' names its first role."""
    engine = engine_for(second_course)
    now = local(second_course, "2024-10-16 08:00")
    for question, role in (("who are the gsis", "gsi"), ("who is the professor", "instructor")):
        slots = engine.slots.fill("staff", engine.reader.read(question, now), Evidence(), now, None)
        assert slots["role"] == role


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("i have no grace days left and hw3 will be 5 hours late", 0.0),
        ("out of grace days, if hw3 is 30 hours late do i get anything", 0.0),
        ("i already used 3 of my grace days, what if hw3 is 2 days late", 1.0),
        ("i only have one left, what if hw3 is a day late", 1.0),
        ("with 2 grace days left what if hw3 is 2 days late", 2.0),
        ("what if hw3 is 2 days late", None),
    ],
)
def test_the_pool_a_student_says_is_left(course, question, left):
    """A what-if is answered with what the student says is left of the late pool."""
    assert fill(course, "late_whatif", question)["pool_left"] == left


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
    reading = reply(course_in(folder), question, now)[0].as_json()
    part = reading["parts"][0]
    assert part["intent"] == intent
    assert part["slots"]["moment"] == moment


@pytest.mark.parametrize(
    ("folder", "question", "now", "date"),
    [
        ("data/stat-187-f24", "what if i hand ps4 in on monday", "2024-10-09T10:00", "2024-10-21"),
        ("data/stat-187-f24", "can i turn in ps4 on thursday", "2024-10-15T09:00", "2024-10-17"),
        ("data/stat-187-f24", "i turned in ps3 on saturday, how much did i lose", "2024-10-16T09:00", "2024-10-12"),
        # the may-I after the student's own story, and doing the work rather than handing it in
        ("data/stat-187-f24", "i forgot ps5 could i still do it on sunday", "2024-10-30T10:00", "2024-11-03"),
        (
            "tests/fixtures/courses/chem-1310-s26",
            "i forgot about quiz 6 can we still complete it on saturday",
            "2026-03-04T10:00",
            "2026-03-07",
        ),
        # after a day: the day after it (its start, the least late); today once that day is gone too
        (STAT, "can i submit ps4 after oct 18", "2024-10-14T10:00", "2024-10-19"),
        (STAT, "could i hand in the proposal after october 4", "2024-10-14T10:00", "2024-10-14"),
        # doing the work in a what-if is handing it in; "instead of" the due day sets the days apart
        (STAT, "if i do ps4 on saturday instead of friday does it count", "2024-10-14T10:00", "2024-10-19"),
        (CHEM, "if i take quiz 4 on saturday rather than friday will it count", "2026-02-09T10:00", "2026-02-14"),
    ],
)
def test_submit_on_a_weekday_slot(folder, question, now, date) -> None:
    """A weekday without a time in a what-if is a submission day, read from the deadline; so is a day after one named,
    or one set against the due day."""
    reading = reply(course_in(folder), question, now)[0].as_json()
    slots = reading["parts"][0]["slots"]
    assert slots["submit_on"] is True
    assert slots["date"] == date


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        (STAT, "i completely forgot ps3 last friday, can i still turn it in", "2024-10-14T10:00"),
        (CHEM, "i missed quiz 3 last friday, could i still take it", "2026-02-09T10:00"),
        (CHEM, "forgot lab report 1 yesterday, can i still hand it in", "2026-02-03T10:00"),
    ],
)
def test_a_day_gone_by_in_a_may_i_is_the_story(folder, question, now) -> None:
    """ "i forgot ps3 last friday, can i still turn it in": the day gone by is when it was missed; the may-I asks of
    now, so no hand-in day is read."""
    slots = reply(course_in(folder), question, now)[0].as_json()["parts"][0]["slots"]
    assert not slots.get("submit_on")


def test_the_n_weeks_after_a_period_count_from_its_end(course):
    result, said = reply(course, "what lectures were in the two weeks after spring break", "2024-04-20 10:00")
    assert result.parts[0].slots["range"] == (D("2024-03-09"), D("2024-03-22"))
    assert "Deep learning, DL frameworks" in said
    assert "Inference + Model Compression" not in said


@pytest.mark.parametrize(
    ("question", "how_long"),
    [
        ("is there a deadline for regrade requests", True),
        ("is there a time limit on regrades", True),
        ("until when can i ask for a regrade", True),
        ("how do i ask for a regrade", False),
    ],
)
def test_a_regrade_window_asked_in_other_words(stat, question, how_long):
    result, _ = reply(stat, question, "2024-11-01T15:30")
    assert result.parts[0].intent == "regrade"
    assert bool(result.parts[0].slots.get("how_long")) is how_long


def test_a_regrade_window_the_page_leaves_out_is_unknown(stat):
    """Not the rule card alone: what was asked is what the page does not say."""
    result, said = reply(stat, "is there a deadline for regrade requests", "2024-11-01T15:30")
    assert result.answer.kind == "unknown"
    assert "doesn't say" in said


@pytest.mark.parametrize(
    ("words", "in_person"),
    [
        ("is her office hour in person", True),
        ("are office hours on zoom", False),
        ("does he do in person office hours or only zoom", True),  # the first way named is the one asked
        ("online or face to face", False),
        ("face to face or online", True),
    ],
)
def test_the_way_of_attending_asked_is_the_first_named(words, in_person):
    """ "in person or only zoom" asks whether it is held in person; an online word alone asks whether online."""
    assert asks_in_person(words.split()) is in_person


def test_before_a_break_ends_is_up_to_its_last_day(second_course):
    """'before thanksgiving break is over': from today through the break's last day; 'before it' stops short of it."""
    ends, _ = reply(second_course, "what is due before thanksgiving break is over", "2024-11-18 10:00")
    starts, _ = reply(second_course, "what is due before thanksgiving break", "2024-11-18 10:00")
    assert ends.parts[0].slots["range"] == (dt.date(2024, 11, 18), dt.date(2024, 11, 29))
    assert starts.parts[0].slots["range"] == (dt.date(2024, 11, 18), dt.date(2024, 11, 26))
    asked, said = reply(second_course, "is ps7 due before thanksgiving break ends", "2024-11-18 10:00")
    assert asked.parts[0].slots["deadline"][:2] == ("by", dt.date(2024, 11, 29)), said


@pytest.mark.parametrize(
    ("folder", "now", "question", "title"),
    [
        ("data/stat-187-f24", "2024-10-09 10:00", "how many homework do we have", "7 assignments"),
        ("data/10-605-s24", "2024-02-12 10:00", "how many homeworks are there in total", "6 assignments"),
        ("tests/fixtures/courses/chem-1310-s26", "2026-02-10 10:00", "due dates for all the quizzes", "Assignments"),
    ],
)
def test_a_count_of_homework_keeps_its_kind_and_a_series_asked_whole_does_not(folder, now, question, title):
    """ "how many homework": the homework counted under its number; "all the quizzes": the quizzes, never narrowed
    to homework (which hides them under "11 assignments")."""
    result, said = reply(course_in(folder), question, now)
    assert result.answer.title == title, said
    if "quizzes" in question:
        assert "Q1:" in said, said


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("is the day after thanksgiving off", dt.date(2024, 11, 29)),
        ("any class the day before thanksgiving", dt.date(2024, 11, 27)),
        ("what happens the day after thanksgiving break", dt.date(2024, 11, 30)),  # the break named: after it
    ],
)
def test_the_day_beside_a_holiday_inside_its_break(stat, question, day):
    """'the day after thanksgiving' is the day after Thanksgiving Day where the break around it shares its name."""
    rows = [
        dataclasses.replace(r, kind="holiday", title="Thanksgiving Day") if r.date == dt.date(2024, 11, 28) else r
        for r in stat.schedule
    ]
    course = dataclasses.replace(stat, schedule=tuple(rows))
    engine = engine_for(course)
    reading = engine.reader.read(question, local(course, "2024-11-04 10:00"))
    assert engine.slots.relation_range(reading, dt.date(2024, 11, 4))[:2] == (day, day)


def test_a_material_word_inside_a_topics_name_is_no_material():
    """ "did we cover the code of ethics": the topic, no code; "the lsh slides": the slides of that topic."""
    from bot.understand.question.reading import Mention, Reading
    from bot.understand.question.slots import _resource_named

    tokens = ["did", "we", "cover", "the", "code", "of", "ethics"]
    ethics = Reading(question="", text="", tokens=tokens, times=[], past=False)
    ethics.mentions = [Mention("topic", ("1",), 3, 7)]
    assert _resource_named(ethics) is None
    slides = Reading(question="", text="", tokens=["the", "lsh", "slides"], times=[], past=False)
    slides.mentions = [Mention("topic", ("4",), 1, 2)]
    assert _resource_named(slides) == "slides"


def test_a_material_word_inside_a_periods_name_is_no_material():
    """ "is dna before reading week": the break, no reading; "is there a reading for it": the material, even where
    the lone word "reading" could also name the break."""
    from bot.understand.question.reading import Mention, Reading
    from bot.understand.question.slots import _resource_named

    tokens = ["is", "dna", "before", "reading", "week"]
    before = Reading(question="", text="", tokens=tokens, times=[], past=False)
    before.mentions = [Mention("topic", ("9",), 1, 2), Mention("period", ("reading-week",), 3, 5)]
    assert _resource_named(before) is None
    tokens = ["is", "there", "a", "reading", "for", "dna"]
    material = Reading(question="", text="", tokens=tokens, times=[], past=False)
    material.mentions = [Mention("period", ("reading-week",), 3, 4), Mention("topic", ("9",), 5, 6)]
    assert _resource_named(material) == "reading"


@pytest.mark.parametrize(
    ("tokens", "named", "units"),
    [
        ("can i use a token on the comp 2 draft", {7, 8, 9}, None),  # the 2 of a name read as the work
        ("can i use 2 tokens on the comp 2 draft", {8, 9, 10}, 2.0),
        ("can i use a token on the comp 2 draft", set(), 2.0),  # no name read there: a count, as before
        ("can i use both tokens on essay 1", set(), 2.0),
    ],
)
def test_a_number_inside_a_works_name_counts_no_units(tokens, named, units):
    """ "can i use a wildcard on the comp 2 draft" spends one, not two: the number names the work."""
    assert _units_asked(tokens.split(), named) == units


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("is prof vasquez the coordinator", "coordinator"),  # "prof" is her title, the coordinator is asked
        ("is professor vasquez-marlowe the course coordinator", "coordinator"),  # a title inside her alias
        ("is prof vasquez our professor", "instructor"),
        ("is prof vasquez in on tuesday", "instructor"),  # no other role named: the title's
        ("is mr bellini a reader", "reader"),
    ],
)
def test_a_role_said_as_someones_title_is_not_the_role_asked(question, role):
    assert fill(course_in(STAT), "staff", question)["role"] == role
