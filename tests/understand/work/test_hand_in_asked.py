"""'where do i submit lab report 3', 'how long is the quiz', 'can i retake it', 'when does it open': the work's
hand-in fields answer first, Yes or No where asked and settled, 'doesn't say' where the data is silent."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import read_question
from bot.understand.work.hand_in_asked import _attempts_verdict
from tests.conftest import FIXTURES, local

CHEM = FIXTURES / "courses" / "chem-1310-s26"
GEO = FIXTURES / "courses" / "geo-2210-s25"


@pytest.fixture(scope="module")
def courses():
    return {"chem": load_course(CHEM), "geo": load_course(GEO)}


def _asked(course, question: str):
    now = local(course, "2026-02-10 10:00") if course.id == "chem-1310-s26" else local(course, "2025-03-31 10:00")
    result = read_question(course, question, now)
    parts = [(p.intent, p.slots) for p in result.parts]
    return parts, answer_text(result.answer, course.tz, now).splitlines()


@pytest.mark.parametrize(
    ("course", "question", "aspect", "first"),
    [
        ("chem", "where do i submit lab report 3", "submit", "is handed in on Canvas"),
        ("chem", "which site do problem sets get handed in on", "submit", "on Sapling Learning"),
        ("chem", "how long do we get for each quiz", "time_limit", "20 minutes"),
        ("chem", "is quiz 6 thirty minutes or 20 min", "time_limit", "20 minutes"),
        ("chem", "when does quiz 5 open", "opens", "opens Thu Feb 26, 8:00 AM"),
        ("geo", "how many attempts on the reading quiz", "attempts", "two attempts"),
        ("geo", "can i take the quiz twice", "attempts", "Yes"),
        ("geo", "whats the time limit on the reading quiz, and do we get 2 tries", "attempts", "Yes"),
        ("geo", "is the reading quiz open book", "open_book", "doesn't say"),
        ("geo", "is sheet 2 a paper copy or online", "submit", "on ISIS"),
        ("geo", "do we hand in sheet 3 in class", "submit", "No"),
        ("geo", "is sheet 3 uploaded online", "submit", "Yes"),
        ("geo", "how long is the quiz once i start", "time_limit", "45 minutes"),
        ("geo", "how long is the quiz once i open it", "time_limit", "45 minutes"),  # the student opens it
        ("chem", "how long do i get on quiz 6 after we open it", "time_limit", "20 minutes"),
    ],
)
def test_the_fact_asked_comes_first(courses, course, question, aspect, first):
    """The hand_in intent reads the aspect, and the answer's first line holds the fact asked."""
    parts, lines = _asked(courses[course], question)
    assert [i for i, _ in parts] == ["hand_in"], parts
    assert parts[0][1]["aspect"] == aspect
    assert first in lines[2], lines
    assert first not in ("Yes", "No") or lines[2].startswith(first), lines


@pytest.mark.parametrize(
    ("course", "question"),
    [
        ("geo", "if i hand in sheet 3 monday at 9am how much do i lose"),  # a late what-if
        ("geo", "when is sheet 3 due and where do i go"),  # the student goes somewhere, not the work
        ("chem", "if i'm 10 minutes late to lab does it matter"),  # the lab meeting, not the work
        ("chem", "do i really have to show up to lab in person"),  # attending, not handing in
        ("chem", "when is quiz 5 due"),  # the deadline
        ("chem", "how long do we have to dispute the grade on lab report 2"),  # a regrade's window
        ("geo", "how long is the extension on the reading quiz if i'm sick"),  # an extension
    ],
)
def test_other_questions_stay_with_their_readers(courses, course, question):
    """Late what-ifs, deadlines, attendance and what no field answers are not read as handing in."""
    parts, _ = _asked(courses[course], question)
    assert "hand_in" not in [i for i, _ in parts], parts


def test_a_course_without_the_fields_is_not_read_here(second_course):
    """STAT 187 gives no hand-in field: 'where do i submit ps2' keeps the course's submission site answer."""
    now = local(second_course, "2024-10-01 10:00")
    result = read_question(second_course, "where do i submit ps2", now)
    assert "hand_in" not in [p.intent for p in result.parts]


def test_a_retake_asked_where_no_attempts_are_given_is_the_courses_rule(courses):
    """ "can i retake quiz 4" of a course that gives no attempts: its rule on quizzes answers, not 'doesn't say'."""
    parts, lines = _asked(courses["chem"], "can i retake quiz 4")
    assert parts[0][0] != "hand_in"
    assert lines[2].startswith("No"), lines


def test_the_time_limit_is_never_the_due_date(courses, tmp_path):
    """A quiz with no time limit of a course that gives limits: 'doesn't say', never its due time."""
    import shutil

    folder = shutil.copytree(GEO, tmp_path / "geo")
    path = folder / "assignments.toml"
    path.write_text(path.read_text().replace("time_limit = 45\n", ""))
    course = load_course(folder)
    parts, lines = _asked(course, "how long do we have for the reading quiz")
    assert parts[0][0] == "hand_in"
    assert "doesn't say" in lines[2]
    assert not any("Apr 4" in line for line in lines)


def test_whether_work_is_open_now_comes_from_its_window(courses):
    """'is quiz 3 open yet' before its opening, 'quiz 4 open yet?' inside its window (chem, Feb 10: Quiz 4 opens Feb
    12, Quiz 3 closed Feb 6): Yes only inside it, with when it opens or closed; 'when does it open' gets no Yes."""
    chem = courses["chem"]
    said = {q: _asked(chem, q)[1][2] for q in ("is quiz 4 open yet", "quiz 3 still open?", "when does quiz 4 open")}
    assert said["is quiz 4 open yet"].startswith("No: it opens Thu Feb 12"), said
    assert said["quiz 3 still open?"].startswith("No: it closed Fri Feb 6"), said
    assert not said["when does quiz 4 open"].startswith(("Yes", "No")), said
    geo = courses["geo"]
    inside = local(geo, "2025-04-02 10:00")
    result = read_question(geo, "is the reading quiz open now", inside)
    assert answer_text(result.answer, geo.tz, inside).splitlines()[2].startswith("Yes: it is open until Fri Apr 4")


@pytest.mark.parametrize(
    ("folder", "now", "question", "first"),
    [
        ("geo", "2025-03-31 10:00", "is sheet 3 open book", "doesn't say"),  # no field, no words on books or notes
        ("stat", "2024-10-01 10:00", "is ps4 closed book", "doesn't say"),  # a course with no hand-in field at all
        ("hist", "2024-10-23 13:00", "essay 2 open-notes?", "doesn't say"),
        ("chem", "2026-02-10 10:00", "is quiz 3 open book", "No: the course page says"),  # the policy's own words
        ("chem", "2026-02-10 10:00", "is quiz 5 open-book?", "closed-book"),  # not its opening, still to come
        ("chem", "2026-02-10 10:00", "can i use my notes on quiz 5", "No:"),
    ],
)
def test_open_book_asked_of_work_is_what_the_page_says_or_its_silence(folder, now, question, first):
    """Never the work's card alone: the page's words on books and notes, or that it says nothing of them."""
    course = {"geo": GEO, "chem": CHEM, "hist": FIXTURES / "courses" / "hist-210-a24"}.get(folder)
    loaded = load_course(course) if course else load_course(FIXTURES.parent.parent / "data" / "stat-187-f24")
    clock = local(loaded, now)
    lines = answer_text(read_question(loaded, question, clock).answer, loaded.tz, clock).splitlines()
    assert first in lines[2], lines


def test_how_long_it_is_open_is_not_the_students_opening():
    """ "how long is quiz 6 open" asks its window (no time limit read); "once i open it" is the student starting it."""
    from bot.understand.work.hand_in_asked import _OPEN_FOR

    assert _OPEN_FOR.search("how long is quiz 6 open")
    assert not _OPEN_FOR.search("how long is quiz 6 once i open it")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("can i retake the quiz", True),  # more than one attempt
        ("do we get 2 attempts on the quiz", False),  # the count stated is not the count given
        ("do we get 3 attempts", True),
        ("do we only get one attempt", False),
        ("can i have 2 tries at the quiz", True),  # as many are allowed
        ("can i have 4 tries", False),
        ("do we get more than 3 attempts", False),
        ("do we get at least two attempts", True),
    ],
)
def test_a_count_of_attempts_stated_is_checked_against_the_quizs_own(question, yes):
    """Of a quiz with three attempts: a count stated is Yes only when it is the count given (or, asked as a leave or
    a bound, when the attempts given reach it)."""
    assert _attempts_verdict(question, 3) is yes


def test_an_opening_told_in_the_story_is_not_asked(courses):
    """ "i never opened canvas all week, is there any way i can still take quiz 3": the opening is the student's
    story; whether the closed quiz may still be taken is asked, not when it opens."""
    parts, lines = _asked(
        courses["chem"], "i was away all week and never opened canvas, is there any way i can still take quiz 3"
    )
    assert [i for i, _ in parts] != ["hand_in"], parts
    assert lines[2].startswith("No"), lines
