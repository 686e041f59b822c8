"""Questions a recognizer reads whole are intents of the table like any other: the reading (`coursebot ask --json`)
names the intent that answered, with its slots, its score and the runners-up."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.understand.choosing.intents import BY_NAME
from bot.understand.choosing.overrides import MARGIN
from bot.understand.choosing.recognizers import RECOGNIZED, recognized
from bot.understand.engine import engine_for, read_question
from tests.conftest import at, local

NOW = at("2024-02-12 10:00")


def reading(course, question, now):
    """(intent, shown slots) of each part, and the JSON reading."""
    data = read_question(course, question, now).as_json()
    return [(p["intent"], p["slots"]) for p in data["parts"]], data


def test_every_recognized_intent_is_a_row_of_the_table():
    assert set(RECOGNIZED) <= set(BY_NAME)
    assert all(BY_NAME[name].needs == (name,) for name in RECOGNIZED)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what programming language does the course use", "language"),
        ("are the homeworks in python", "language_named"),
        ("what platforms does the class use", "platforms"),
        ("who developed the course material", "made"),
        ("has this course been taught before", "offered"),
        ("whats the course number and name again", "name"),
        ("is 10-605 the same as 10-405", "same"),
        ("is 10605 the same course as 10-701", "same"),  # a number the data does not know is no other course here
        ("where do i upload the psets", "submission"),
        ("what time are problem sets due", "due_time"),
        ("is there a final project", "thing"),
    ],
)
def test_course_itself(course, question, asked):
    parts, data = reading(course, question, NOW)
    assert parts == [("course_itself", {"asked": asked})]
    assert data["outcome"] == "answered"


def test_course_itself_reads_the_question_as_typed(course):
    """Respelling turns a course number into "this course": the recognizer reads the numbers the student typed."""
    parts, _ = reading(course, "is 10-405 cross listed with 10-605", NOW)
    assert parts == [("course_itself", {"asked": "same"})]


@pytest.mark.parametrize(
    "question",
    [
        "what happens if i miss the midterm",
        "i was sick and missed the midterm, i have a doctors note what happens",
        "my roommate says the final is in the lecture room, is that right",
        "i have two exams at 8am that day, can the final be moved",
    ],
)
def test_exam_situation(second_course, question):
    exam = "midterm" if "midterm" in question else "final"
    parts, data = reading(second_course, question, local(second_course, "2024-10-01 12:00"))
    assert parts == [("exam_situation", {"exam": exam})]
    assert data["outcome"] == "answered"


def test_an_exam_situation_outranks_the_exam_card(second_course):
    """ "can the final be moved" after a clash: the exam card is the runner-up, well behind."""
    _, data = reading(second_course, "i have two exams that morning, can the final be moved", NOW)
    part = data["parts"][0]
    runner_up = {a["intent"]: a["score"] for a in part["alternatives"]}
    assert part["intent"] == "exam_situation"
    assert part["score"] - runner_up["exam"] >= MARGIN


def test_other_exams_given_as_the_reason_for_an_extension_are_no_exam_situation(course):
    """ "can i get an extension bc i have 3 midterms next week": the extension is asked, other exams are the reason."""
    parts, _ = reading(course, "can i get an extension bc i have 3 midterms next week", NOW)
    assert [p[0] for p in parts] == ["extension"]


def test_exam_situation_over_several_pieces(geo):
    """A question split into pieces that one recognizer reads whole is read whole."""
    now = local(geo, "2025-04-01 12:00")
    parts, _ = reading(geo, "map test room for group nord and when does it end", now)
    # Read whole, or (the group named as the group, not its field log) piece by piece: Nord's room and the end.
    assert all(p[1].get("exam") == "maptest" for p in parts)
    said = answer_text(read_question(geo, "map test room for group nord and when does it end", now).answer, geo.tz, now)
    assert "Room for Nord: H 0104" in said
    assert "3:45 PM" in said


@pytest.mark.parametrize(
    ("question", "item"),
    [("is the registration still open", "excursion-reg"), ("is anmeldung still open?", "excursion-reg")],
)
def test_still_open(geo, question, item):
    parts, _ = reading(geo, question, local(geo, "2025-04-01 12:00"))
    assert parts == [("still_open", {"assignments": [item]})]


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("which sections are in redwood hall 1", "redwood hall 1"),
        ("which section has the midterm in halvorsen hall 100", "halvorsen hall 100"),
        ("is 1a in halvorsen hall 70", "halvorsen hall 70"),
    ],
)
def test_held_in(second_course, question, place):
    parts, _ = reading(second_course, question, local(second_course, "2024-10-01 12:00"))
    assert parts == [("held_in", {"place": place})]


def test_held_in_is_one_part_of_a_question_of_two(second_course):
    """Each part is read on its own: the room's part is held_in, the deadline's part is the deadline."""
    parts, _ = reading(second_course, "which sections are in redwood hall 1 and when is ps3 due", NOW)
    assert [intent for intent, _ in parts] == ["held_in", "assignment_due"]


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "what's the midterm format",
        "is there a lab this week",
        "is there an essay 3",
        "what room is the lecture in",
    ],
)
def test_not_recognized(course, question):
    engine = engine_for(course)
    read = engine.reader.read(question, NOW)
    found = recognized(
        course, question, read, NOW, holds=engine.knowledge.holds, read=lambda said: engine.reader.read(said, NOW)
    )
    assert found == {}


# The checks that ran before the table (a missing session or rule, advice, two things compared) are rows too.
HIST_NOW = "2024-10-01 12:00"


@pytest.mark.parametrize(
    ("question", "sessions"),
    [
        ("is there a revision session before the final", ["revision session"]),
        ("will there be a mock exam in november", ["mock exam"]),
        ("any crash course sessions before the exam?", ["crash course sessions"]),
    ],
)
def test_missing_session(hist, question, sessions):
    parts, data = reading(hist, question, local(hist, HIST_NOW))
    assert parts == [("missing_session", {"sessions": sessions})]
    assert data["outcome"] == "answered"
    assert data["parts"][0]["verdict"] is None  # "not on the page": no Yes or No of the table's


def test_a_session_the_course_holds_is_no_missing_session(course):
    """10-605's schedule has an exam review: "is there a review session for exam 2" is not a missing session."""
    parts, _ = reading(course, "is there a review session for exam 2", NOW)
    assert "missing_session" not in [intent for intent, _ in parts]


@pytest.mark.parametrize(
    "question",
    [
        "i have a disability letter for extra time in exams, who do i tell",
        "who do i talk to about accommodations",
        "what is the policy on disability accommodations",
    ],
)
def test_missing_rule(hist, question):
    parts, data = reading(hist, question, local(hist, HIST_NOW))
    assert parts == [("missing_rule", {"subject": "disability accommodations"})]
    assert data["parts"][0]["verdict"] is None


@pytest.mark.parametrize(
    "question",
    ["what should i write my essay on", "can you give me an essay topic idea", "what topic should i pick"],
)
def test_advice_asked(hist, question):
    parts, _ = reading(hist, question, local(hist, HIST_NOW))
    assert parts == [("advice_asked", {})]


def test_advice_is_not_a_question_about_a_rule(hist):
    parts, _ = reading(hist, "can i use chatgpt to pick my essay topic", local(hist, HIST_NOW))
    assert [intent for intent, _ in parts] == ["policy"]


@pytest.mark.parametrize(
    ("question", "things", "how", "verdict"),
    [
        ("is essay 2 due the same day as the proposal", ["essay2", "proposal"], "same", "no"),
        ("which is first, essay 2 or the proposal", ["essay2", "proposal"], "first", None),
        ("how many days between essay 1 and essay 2", ["essay1", "essay2"], "apart", None),
        ("is the proposal due before essay 2", ["proposal", "essay2"], "before", "no"),
        ("is essay 2 due before the proposal", ["essay2", "proposal"], "before", "yes"),
        ("is essay 2 before or after the proposal", ["essay2", "proposal"], "choice", None),
    ],
)
def test_compared(hist, question, things, how, verdict):
    """The answer sets its own Yes or No (a same-day or before/after question), or none (which comes first)."""
    parts, data = reading(hist, question, local(hist, HIST_NOW))
    assert parts == [("compared", {"things": things, "how": how})]
    assert data["parts"][0]["verdict"] == verdict


def test_compared_is_one_part_of_a_question_of_two(course):
    """Each part is read on its own: the comparison's part is compared, the topic's part the schedule."""
    parts, _ = reading(course, "is hw4 part b due the same day hw5 comes out and what is hw5 about", NOW)
    assert [intent for intent, _ in parts] == ["compared", "topic"]


def test_a_comparison_is_scored_by_the_table_with_its_runners_up(course):
    _, data = reading(course, "is hw2 due before or after exam 1", NOW)
    part = data["parts"][0]
    assert part["intent"] == "compared"
    assert part["alternatives"]  # scored against the table like any other reading
    assert all(part["score"] - a["score"] >= MARGIN for a in part["alternatives"])


def _recording_rows(monkeypatch, calls: list[str]) -> tuple:
    """RECOGNIZERS with every row's reader replaced by one noting its intent in `calls` (and reading nothing)."""
    from bot.understand.choosing import recognizers

    rows = tuple(
        recognizers.Recognizer(r.intent, r.needs, lambda a, name=r.intent: calls.append(name))
        for r in recognizers.RECOGNIZERS
    )
    monkeypatch.setattr(recognizers, "RECOGNIZERS", rows)
    return rows


def test_a_recognizer_runs_only_when_the_question_holds_a_word_it_needs(course, monkeypatch):
    """A row with `needs` is skipped, unread, for a question with none of its words; the others still run."""
    calls: list[str] = []
    _recording_rows(monkeypatch, calls)
    engine = engine_for(course)
    engine._recognized("when is hw3 due", engine.reader.read("when is hw3 due", NOW), NOW)
    assert "still_open" not in calls
    assert {"course_itself", "exam_situation", "compared"} <= set(calls)
    calls.clear()
    engine._recognized("is the survey STILL open?", engine.reader.read("is the survey still open", NOW), NOW)
    assert "still_open" in calls


def test_a_row_whose_needed_word_a_typo_hid_reads_the_respelled_words(course, monkeypatch):
    """ "how many lectures can i mis": "miss" only in the respelled words, the row needing it runs and reads those
    words; a row needing a word neither holds stays unread."""
    from bot.understand.choosing import recognizers

    seen: dict[str, str] = {}
    rows = tuple(
        recognizers.Recognizer(r.intent, r.needs, lambda a, name=r.intent: seen.setdefault(name, a.said))
        for r in recognizers.RECOGNIZERS
    )
    monkeypatch.setattr(recognizers, "RECOGNIZERS", rows)
    engine = engine_for(course)
    read = engine.reader.read("how many lectures can i mis", NOW)
    assert read.text == "how many lectures can i miss"
    engine._recognized("how many lectures can i mis", read, NOW)
    assert seen["attendance_rule"] == "how many lectures can i miss"
    assert seen["course_itself"] == "how many lectures can i mis"  # a row without needs reads the words as typed
    assert "still_open" not in seen


def test_each_rows_needs_are_words_its_questions_hold():
    """The words a row needs are whole lowercased words, as the question is split (no prefixes, no spaces)."""
    from bot.understand.choosing.recognizers import RECOGNIZERS, question_words

    assert question_words("Is the Survey still-open?") == {"is", "the", "survey", "still", "open"}
    for row in RECOGNIZERS:
        assert row.needs is None or all(question_words(w) == {w} for w in row.needs)


@pytest.mark.parametrize(
    "question",
    ["is the survey still open", "can i still fill in the survey", "is the survey closed"],
)
def test_a_question_still_open_reads_holds_a_word_the_row_needs(course, question):
    from bot.understand.choosing.recognizers import RECOGNIZERS, question_words
    from bot.understand.work.still_open import open_item

    row = next(r for r in RECOGNIZERS if r.intent == "still_open")
    assert open_item(course, question) is not None
    assert row.needs is not None
    assert not row.needs.isdisjoint(question_words(question))


@pytest.mark.parametrize(
    "question",
    [
        "what should i write my essay on",
        "what should we focus the project on",
        "What topic should we pick?",
        "can you suggest a good topic",
        "give me some ideas",
        "help me choose a subject",
        "good topics to write about?",
    ],
)
def test_an_advice_question_holds_a_word_the_row_needs(question):
    """Every phrasing asks_advice reads holds one of the advice row's words, so the gate never hides one."""
    from bot.understand.about_course.beyond_the_page import asks_advice
    from bot.understand.choosing.recognizers import RECOGNIZERS, question_words

    row = next(r for r in RECOGNIZERS if r.intent == "advice_asked")
    assert asks_advice(question)
    assert row.needs is not None
    assert not row.needs.isdisjoint(question_words(question))


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("can i just dm the tutor my questions?", "direct"),
        ("can i send a private message with my question", "direct"),
        ("is it ok to message the ta directly about problem 3?", "direct"),
        ("can i e-mail the professor my questions?", "email"),
        ("can I email my question about q3 to the TA?", "email"),
    ],
)
def test_a_private_contact_question_holds_a_word_the_row_needs(question, way):
    from bot.understand.choosing.recognizers import RECOGNIZERS, question_words
    from bot.understand.people.private_contact import private_way

    row = next(r for r in RECOGNIZERS if r.intent == "private_contact")
    assert private_way(question) == way
    assert row.needs is not None
    assert not row.needs.isdisjoint(question_words(question))


def test_rows_whose_words_are_missing_are_not_read(course, monkeypatch):
    """ "when is hw3 due" holds no word of advice or of a private way: neither reader runs for it."""
    from bot.understand.about_course import beyond_the_page
    from bot.understand.people import private_contact

    called: list[str] = []
    monkeypatch.setattr(beyond_the_page, "_ADVICE", _Spy(called, "advice"))
    monkeypatch.setattr(private_contact, "_QUESTION", _Spy(called, "private"))
    read_question(course, "when is hw3 due", NOW)
    assert called == []
    read_question(course, "can you suggest a good topic, and can i dm the ta my questions", NOW)
    assert {"advice", "private"} <= set(called)


class _Spy:
    """A pattern that records being searched and finds nothing."""

    def __init__(self, calls: list[str], name: str) -> None:
        self.calls, self.name = calls, name

    def search(self, _text: str) -> None:
        self.calls.append(self.name)


def test_the_rows_a_question_needs_run_in_the_table_order(course, monkeypatch):
    """Rows found by the question's words (and rows without needs) run in RECOGNIZERS' order, whichever word of the
    question named them first: the first row to read it is the one the table puts first."""
    from bot.understand.choosing import recognizers

    calls: list[str] = []
    rows = _recording_rows(monkeypatch, calls)
    engine = engine_for(course)
    said = "if i miss the lab can i still hand in the report late, how many hours is it"
    engine._recognized(said, engine.reader.read(said, NOW), NOW)
    order = [r.intent for r in rows]
    assert len(calls) > 5
    assert calls == sorted(calls, key=order.index)
    words = recognizers.question_words(said)
    assert set(calls) == {r.intent for r in rows if r.needs is None or not r.needs.isdisjoint(words)}
