"""The answers hold for any course described in the format: each test runs on both bundled courses, and the
second course's answers carry none of 10-605's words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.course_info import course_answer
from bot.answers.deadlines import deadline_detail, upcoming_deadlines
from bot.answers.exams import exam_answer
from bot.answers.grace import late_answer_for, tally_answer
from bot.answers.late_windows import extension_answer, late_answer, regrade_answer
from bot.answers.meetings import meetings_answer
from bot.answers.people import staff_answer
from bot.answers.policies import policy_answer
from bot.core.render_text import answer_text
from bot.core.timefmt import human_datetime
from bot.course.late_policy import Cutoff
from bot.course.unknown import UNKNOWN
from bot.grace.engine import Submission, compute_tally
from bot.understand.engine import answer_question
from bot.understand.times.dates import parse_window
from tests.conftest import local

TEN_605_WORDS = ("Piazza", "Gradescope", "grace day", "Head TA", "ecitation", "during class", "10-605", "both sections")


def mid_term(course) -> dt.datetime:
    """A moment in the middle of the course's term, in its own time zone."""
    middle = course.term_first + (course.term_last - course.term_first) / 2
    return local(course, f"{middle.isoformat()} 10:00")


def render(course, answer, now) -> str:
    return answer_text(answer, course.tz, now)


def test_every_deadline_is_shown_in_course_time(any_course):
    """From the first day, every deadline of the term is listed with its due time in the course's zone."""
    now = local(any_course, f"{any_course.term_first.isoformat()} 00:00")
    window = render(any_course, upcoming_deadlines(any_course, now, parse_window("all", now, any_course)), now)
    for item in any_course.assignments:
        assert f"{item.short}" in window
        assert item.due.tzinfo == any_course.tz
        assert human_datetime(item.due, any_course.tz) in window


def test_a_list_of_deadlines_gives_each_items_full_title(any_course):
    """A student who knows the work as "Problem Set 3" finds it in a list of short names: the title is beside it
    (once: an item whose short name is its title is not named twice)."""
    now = local(any_course, f"{any_course.term_first.isoformat()} 00:00")
    window = render(any_course, upcoming_deadlines(any_course, now, parse_window("all", now, any_course)), now)
    for item in any_course.assignments:
        if item.short.replace(" ", "").lower() != item.title.replace(" ", "").lower() and set(item.sections) >= set(
            any_course.section_ids()
        ):
            assert f" · {item.title}" in window
        else:
            assert f" · {item.title}" not in window


def test_deadline_detail_states_only_what_the_course_states(any_course):
    """A cutoff shows only for a course with one; the pool's own name is used; an unknown is said to be unknown."""
    now = mid_term(any_course)
    for item in any_course.assignments:
        text = render(any_course, deadline_detail(any_course, item.id, now), now)
        late = any_course.late
        assert ("Nothing is accepted after" in text) == isinstance(late.cutoff, Cutoff)
        if late.pool is not None and item.grace_days:
            assert late.pool.plural.capitalize() in text


def test_late_answers_use_the_policy_words(any_course):
    """/late and the tally speak of the course's pool (or of no pool) and its penalty."""
    now = mid_term(any_course)
    item = next(a for a in any_course.assignments if a.kind == "homework")
    text = render(any_course, late_answer(any_course, item.id, now), now)
    what_if = late_answer_for(any_course, item.id, item.due + dt.timedelta(hours=5), 0, known=False)
    tally = compute_tally(any_course, [Submission(item.id, lateness=dt.timedelta(hours=5))])
    mine = render(any_course, tally_answer(any_course, tally, "you"), now)
    pool = any_course.late.pool
    if pool is None:
        assert "no pool" in mine
        assert "per hour late" in text
    else:
        assert pool.plural in text
        assert pool.plural in mine
    assert "5.0 h late" in render(any_course, what_if, now)


def test_exams_give_real_times_and_rooms_or_say_the_page_does_not(any_course):
    """An exam with times shows them as timestamps with its rooms; one without says the page does not give them."""
    now = local(any_course, f"{any_course.term_first.isoformat()} 09:00")
    for exam in any_course.exams:
        text = render(any_course, exam_answer(any_course, now, exam.id), now)
        if exam.time is not None:
            assert f"{exam.time.hour % 12 or 12}:{exam.time.minute:02d}" in text
        else:
            assert "not on the course page" in text or "doesn't say" in text
        if exam.rooms or exam.location:
            assert all(r.room in text for r in exam.rooms) or exam.location in text
        for rule in exam.rules:
            assert rule in text
        if exam.conflict_form.status == "none":
            assert "no conflict form" in text


def test_regrades_and_extensions_never_invent_numbers(any_course):
    """A regrade window or notice period the page does not give is never turned into a number."""
    now = mid_term(any_course)
    item = any_course.assignments[0]
    regrade = render(any_course, regrade_answer(any_course, item.id, now, {item.id: now}), now)
    extension = render(any_course, extension_answer(any_course, item.id, now), now)
    if any_course.regrades.window_days is UNKNOWN:
        assert "doesn't say" in regrade
        assert "0 days" not in regrade
    else:
        assert "close" in regrade
    if any_course.extensions.notice_days is UNKNOWN:
        assert "doesn't say" in extension


def test_staff_roles_in_the_courses_words(any_course):
    """Roles are the course's own titles, each one answerable by its name."""
    text = render(any_course, staff_answer(any_course), mid_term(any_course))
    for role in any_course.roles:
        if any(p.role == role.id for p in any_course.people):
            assert role.title in text or role.plural in text
            assert render(any_course, staff_answer(any_course, role=role.plural), mid_term(any_course))


def test_class_meetings_are_described_or_said_to_be_unknown(any_course):
    """Meetings with times in the data are given; without, the answer says the page does not give them."""
    now = mid_term(any_course)
    for kind in any_course.meeting_kinds:
        text = render(any_course, meetings_answer(any_course, now, kind.id), now)
        if any(m.kind == kind.id for m in any_course.meetings):
            assert "AM" in text or "PM" in text
        else:
            assert "doesn't give" in text


def test_second_course_answers_carry_no_10_605_words(second_course):
    """Every kind of answer for the invented course is free of 10-605's words (they would come from code)."""
    c = second_course
    now = mid_term(c)
    answers = [
        course_answer(c),
        upcoming_deadlines(c, now, None),
        staff_answer(c),
        meetings_answer(c, now),
        exam_answer(c, local(c, "2024-09-01 09:00")),
        *(deadline_detail(c, a.id, now) for a in c.assignments),
        *(late_answer(c, a.id, now) for a in c.assignments),
        *(extension_answer(c, a.id, now) for a in c.assignments),
        *(regrade_answer(c, a.id, now, {a.id: now}) for a in c.assignments),
        *(policy_answer(c, p.id) for p in c.policies),
        *(
            answer_question(c, q, now)
            for q in (
                "how many late days do I have left",
                "what's the late policy",
                "when is the midterm",
                "who is the head of the course",
                "when is my section",
                "next lecture",
                "who are the GSIs",
                "conflict with the final",
                "office hours this week",
            )
        ),
    ]
    for answer in answers:
        text = render(c, answer, now)
        for word in TEN_605_WORDS:
            assert word.lower() not in text.lower(), f"{word!r} in:\n{text}"


@pytest.mark.parametrize(
    ("question", "fragments"),
    [
        ("when is lecture", ["Tuesdays and Thursdays 11:00 AM – 12:20 PM", "Halvorsen Hall 100"]),
        ("where is lecture", ["Halvorsen Hall 100"]),
        ("who runs section 1C", ["Marco Bellini", "GSI", "Quarry Hall 79"]),
        ("who runs section 1c", ["Marco Bellini"]),
        ("next discussion", ["discussion section", "Halvorsen Hall 70", "1A"]),
        ("when is the midterm", ["7:00 PM", "9:00 PM", "Bayview Auditorium", "Halvorsen Hall 100"]),
        ("when is the final", ["8:00 AM", "11:00 AM", "Redwood Hall 1", "no conflict form"]),
        ("conflict with the midterm", ["https://forms.example/stat187-midterm-conflict"]),
        ("how late can I turn in ps5", ["2% per hour", "permission from the instructor"]),
        ("when is ps6 due", ["PS6 is due Fri Nov 8, 5:00 PM PST"]),
        ("when is ps5 due", ["PS5 is due Fri Nov 1, 5:00 PM PDT"]),
        ("who are the GSIs", ["Priya Raman", "Diego Alvarez"]),
        ("how many late days do I have left", ["no pool"]),
    ],
)
def test_second_course_questions(second_course, question, fragments):
    """Students' questions about the second course get its facts (times across its DST change included)."""
    now = local(second_course, "2024-10-16 08:00")
    text = render(second_course, answer_question(second_course, question, now), now)
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} missing from:\n{text}"


def test_the_late_cutoff_is_said_as_a_span_too(any_course):
    """/late says how late is too late as a span ("more than 2 days late"), not only as an instant: "is there a max"
    is asked of the span."""
    now = mid_term(any_course)
    cutoff = any_course.late.cutoff
    item = next(a for a in any_course.assignments if any_course.late_for(a).accepts_late)
    text = render(any_course, late_answer(any_course, item.id, now), now)
    assert isinstance(cutoff, Cutoff)  # both bundled courses stop taking work after a while
    assert f"(more than {cutoff.text} late)" in text, text
