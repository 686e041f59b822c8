"""An answer whose title names another kind of the course's things than the one the question asks about ("is the
final report due friday" answered with the final exam, "when is the lab quiz" answered with the labs) is a hedge:
"I'm not sure that's about <it>; the closest I found:" first, the answer kept without its Yes or No, where to ask
after. An answer naming the thing asked or its kin, a listing of days, or a question about no kind of the course's
things is left as it is."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.open_answer.other_kind import about_other_kind, asked_thing, kinds
from tests.understand.conftest import course_in

WHERE = "ask on the forum"


@pytest.fixture(scope="module")
def chem():
    return course_in("tests/fixtures/courses/chem-1310-s26")


@pytest.fixture(scope="module")
def hist():
    return course_in("tests/fixtures/courses/hist-210-a24")


def _answer(title: str, *lines: str, kind: str = "info") -> Answer:
    return Answer(title=title, lines=tuple(text(line) for line in lines), kind=kind)


def test_a_kind_is_the_last_word_of_each_name_and_its_kin_the_other_names_of_its_things(chem):
    kin = kinds(chem).kin
    assert {"report", "lr"} <= kin["report"]  # "Lab Report 1", "LR1"
    assert "prelab" in kin  # "Pre-lab 1" is one word
    assert {"exam", "final"} <= kin["final"]  # "Final exam", "final"
    assert "quiz" not in kin["lab"]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is the final report due friday", ("report", "final report")),
        ("when's the lab quiz", ("quiz", "lab quiz")),
        ("ok so when is lab report 6 due", ("report", "lab report 6")),
        ("where do we hand in the prelabs", ("prelab", "prelabs")),
        ("who grades the lab reports", ("report", "lab reports")),
        ("is there a make-up for the lab", ("lab", "lab")),
        ("do we have a recitation quiz this week", ("quiz", "recitation quiz")),
        ("does the midterm cover lab material", ("midterm", "midterm")),
    ],
)
def test_the_thing_asked_is_the_last_kind_of_the_questions_noun_phrase(chem, question, asked):
    assert asked_thing(chem, question) == asked


@pytest.mark.parametrize(
    "question",
    [
        "when is the next class",  # a word for any class meeting
        "when is the exam",  # a word for any exam
        "when is the journal due",  # no kind of this course
        "how many grace days do i have",
        "what happens if i miss a lab",  # no opening that asks about a thing
    ],
)
def test_a_word_for_a_whole_class_or_none_of_the_courses_kinds_asks_about_no_kind(chem, question):
    assert asked_thing(chem, question) is None


@pytest.mark.parametrize(
    ("question", "title", "said", "asked"),
    [
        ("is the final report due friday", "Final exam", "**No**: Final exam is on Tue May 5.", "final report"),
        ("when is the lab quiz", "Labs", "Next: Wed Feb 11, 1:00 PM · Sorensen Hall 310", "lab quiz"),
        ("where do we submit the pre-lab", "Lab Report 3", "Handed in on Canvas.", "prelab"),
    ],
)
def test_an_answer_about_another_kind_becomes_a_hedge_without_its_yes_or_no(chem, question, title, said, asked):
    answer = _answer(title, said, "More of the card.")
    hedged = about_other_kind(chem, answer, question, WHERE)
    assert hedged.kind == "unsure"
    assert hedged.lines[0][0] == f"I'm not sure that's about the {asked}; the closest I found:"
    assert "**No**" not in str(hedged.lines)
    assert hedged.lines[-1] == answer.lines[-1]  # nothing else dropped
    assert hedged.footer.endswith(f"If that is not it, {WHERE}.")


@pytest.mark.parametrize(
    ("question", "title", "said"),
    [
        ("is the lab report due wednesday", "Due on Wed Feb 11", "No lab reports due on Wed Feb 11."),  # no kind
        ("where do we submit the lab reports", "Lab Report 1 to 8", "Handed in on Canvas."),  # the kind asked
        ("is there a quiz in recitation", "Quiz 4", "Quiz 4 is taken in recitation."),
        ("what time is the review session", "Exam review sessions", "Tue Feb 17, 7:00 PM"),
        ("when is the lab quiz", "Schedule, next week", "Wed Feb 11 · Lab 4"),  # a listing of days
    ],
)
def test_an_answer_about_the_kind_asked_or_about_no_kind_is_left_as_it_is(chem, question, title, said):
    answer = _answer(title, said)
    assert about_other_kind(chem, answer, question, WHERE) is answer


def test_an_answer_that_already_hedges_is_left_as_it_is(chem):
    answer = _answer("Final exam", "I can't tell you that for sure.", kind="unsure")
    assert about_other_kind(chem, answer, "is the final report due friday", WHERE) is answer


def test_another_name_of_the_thing_asked_is_the_thing_asked(hist):
    answer = _answer("Source workshops", "Next: Wed Oct 23, 3:00 PM")
    assert about_other_kind(hist, answer, "when is the workshop", WHERE) is answer
    hedged = about_other_kind(hist, _answer("Seminars", "Next: Mon Oct 21"), "when is the workshop", WHERE)
    assert hedged.kind == "unsure"


def test_a_kind_the_course_lacks_after_one_it_has_is_not_found_when_no_text_holds_it(hist):
    """ "the workshop quiz" of a course without quizzes: "I can't find" when no text of the course holds the word, "not
    sure" when some does (a policy may speak of quizzes the course lists nowhere)."""
    answer = _answer("Source workshops", "Next: Wed Oct 23, 3:00 PM")
    assert asked_thing(hist, "when is the workshop quiz") == ("quiz", "workshop quiz")
    unheld = about_other_kind(hist, answer, "when is the workshop quiz", WHERE, holds=lambda word: False)
    assert unheld.lines[0][0] == "I can't find the workshop quiz on the course page; the closest I found:"
    held = about_other_kind(hist, answer, "when is the workshop quiz", WHERE, holds=lambda word: True)
    assert held.lines[0][0] == "I'm not sure that's about the workshop quiz; the closest I found:"


def test_the_words_that_tell_sections_apart_are_no_kind():
    """ "Field log (Süd)" also called "field log sued": "sued" names which group, not a kind of thing."""
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    assert "sued" not in kinds(geo).kin
    assert asked_thing(geo, "who leads group sued") is None


def test_the_thing_asked_ends_at_punctuation_and_at_a_word_no_name_goes_on_with(chem):
    assert asked_thing(chem, "where do i write the midterm, section 101") == ("midterm", "midterm")
    assert asked_thing(chem, "where is the final performence") is None  # the thing goes on, unread
