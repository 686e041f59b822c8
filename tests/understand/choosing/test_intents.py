"""The intent table: well formed, every intent answerable, and questions read as the right intent and slots."""

from __future__ import annotations

import pytest

from bot.understand.choosing.handlers import HANDLERS
from bot.understand.choosing.intents import INTENTS, ranked, score
from bot.understand.engine import read_question
from tests.conftest import at

NOW = at("2024-02-12 10:00")


def test_every_intent_has_a_handler_and_a_description():
    """One handler per intent, no handler without an intent."""
    assert {i.name for i in INTENTS} == set(HANDLERS)
    assert all(i.doc for i in INTENTS)


def test_needs_and_never_are_applied():
    """An intent that needs an assignment does not apply without one; `never` rules one out."""
    by_name = {i.name: i for i in INTENTS}
    assert score(by_name["extension"], {"cue:due": 1}) is None
    assert score(by_name["late_rules"], {"cue:late": 1}) is not None
    assert score(by_name["due_soon"], {"cue:due": 1, "assignment": 1}) is None
    assert score(by_name["next_due"], {"cue:due": 1}) is None
    assert score(by_name["next_due"], {"cue:homework_kind": 1, "cue:next": 1}) is not None


def test_another_course_pushes_every_reading_down():
    """The same words about another course score far lower."""
    here = ranked({"cue:exam": 1, "cue:when": 1})[0][0]
    elsewhere = ranked({"cue:exam": 1, "cue:when": 1, "other_course": 1})[0][0]
    assert elsewhere < here - 5


@pytest.mark.parametrize(
    ("question", "intent", "slots"),
    [
        ("if i submit hw3 at 2am thursday what happens", "late_whatif", {"assignments": ["hw3"]}),
        ("i found code online that does part of hw4 what do i do", "policy", {"policy": "found-code"}),
        ("i'm so screwed, when's the next thing due after hw3", "next_due", {"after": "hw3"}),
        ("how do I hand in my written answers", "policy", {"policy": "gradescope"}),
        ("what did we cover last week", "schedule_range", {"range": ["2024-02-05", "2024-02-11"]}),
        ("whens the nxt lecture", "next_class", {"kind": "lecture"}),
        ("who is the guest speaker from Mosaic", "topic", {"dates": ["2024-04-10"]}),
        ("do 405 students have to do the mini project", "assignment_for", {"section": "10-405"}),
        ("where are ofice hours", "office_hours", {"when": "upcoming"}),
        ("what room is the lecture in", "course_fact", {"fact": "meeting_place"}),
        ("how much is the final exam worth", "course_fact", {"fact": "grading"}),
        ("what's due in april", "due_soon", {"range": ["2024-04-01", "2024-04-30"]}),
        ("what do we cover in week 3", "schedule_range", {"range": ["2024-01-29", "2024-02-04"]}),
        ("deadlines after spring break", "due_soon", {"range": ["2024-03-09", "2024-04-24"]}),
    ],
)
def test_the_issues_examples_read_as_the_right_intent(course, question, intent, slots):
    """Issue 12's examples: each is read as what was asked, with its slots."""
    result = read_question(course, question, NOW)
    (part,) = result.as_json()["parts"]
    assert part["intent"] == intent
    for key, value in slots.items():
        assert part["slots"][key] == value


def _every_intent(features):
    """The table scored row by row, as `ranked` did before it looked only at the intents a feature opens."""
    out = [(s, i) for i in INTENTS if (s := score(i, features)) is not None]
    out.sort(key=lambda pair: -pair[0])
    return out


@pytest.mark.parametrize(
    "features",
    [
        {},
        {"cue:due": 1.0, "assignment": 1.0, "unexplained": 0.0, "content": 0.0},
        {"cue:due": 1.0, "cue:next": 1.0, "cue:homework_kind": 1.0, "content": 1.0, "unexplained": 1.0},
        {"cue:late": 1.0, "cue:pool": 1.0, "policy": 0.7, "yes_no": 1.0, "content": 2.0},
        {"cue:help": 0.0, "cue:greet": 1.0},
        {"assignment": 0.0, "person": 1.0, "cue:office_hours": 1.0, "day": 1.0},
        {"compared": 1.0, "course_itself": 1.0, "exam": 1.0, "cue:exam": 1.0, "topic": 0.4},
    ],
)
def test_ranked_scores_exactly_the_intents_the_whole_table_would(features):
    """Only the intents a present feature opens are scored: the same intents, scores and order as every row."""
    assert ranked(features) == _every_intent(features)


def test_ranked_matches_the_whole_table_on_real_questions(course):
    """The features of real questions (the engine's own) rank the same looked up as scored row by row."""
    from bot.understand.engine import engine_for

    engine = engine_for(course)
    seen = 0
    for question in ("when is hw3 due", "whats due next week", "can i use chatgpt", "katie oh friday", "hi"):
        reading = engine.reader.read(question, NOW)
        features = engine._features(reading, engine.evidence.find(reading), NOW.date())
        assert ranked(features) == _every_intent(features)
        seen += bool(ranked(features))
    assert seen >= 4


def test_a_section_asked_with_a_span_reads_the_spans_meetings():
    """ "grp b lab next week when": the section's meetings in that span lead its weekly card, not a tie to hedge."""
    found = ranked({"section": 1, "kind": 1, "cue:when": 1, "range": 1, "cue:class": 1})
    assert found[0][1].name == "schedule_range"
    assert found[0][0] > found[1][0]
