"""The announcement plan for any course: exact times across its own DST change, its exams' real times and rooms,
its rules only where stated, conflict-form posts only for a form that exists, regrade posts without invented
windows."""

from __future__ import annotations

import datetime as dt

from bot.announce.planner import AnnounceConfig, digest_answer, plan
from bot.core.render_text import answer_text
from bot.course.loader import load_course
from tests.conftest import FIXTURES, local, plain


def term(course):
    return (
        local(course, f"{course.term_first.isoformat()} 00:00") - dt.timedelta(days=30),
        local(course, f"{course.term_last.isoformat()} 23:59") + dt.timedelta(days=1),
    )


def text_of(course, item):
    return answer_text(item.answer, course.tz, item.at)


def test_deadline_reminders_are_exact_elapsed_hours_in_any_zone(any_course):
    """Every reminder is exactly its offset before the due instant, whatever the zone and its DST change."""
    items = plan(any_course, AnnounceConfig(kinds=frozenset({"deadline"})), *term(any_course))
    assert items
    for item in items:
        assignment = any_course.assignment(item.identity.subject)
        minutes = int(item.identity.what.removesuffix("m"))
        assert assignment.due.astimezone(dt.UTC) - item.at.astimezone(dt.UTC) == dt.timedelta(minutes=minutes)
        assert item.at.tzinfo == any_course.tz


def test_reminders_across_the_second_courses_dst_change(second_course):
    """PS6 is due Fri Nov 8 5 PM PST; its 48 h reminder is Wed Nov 6 5 PM PST, after the Nov 3 change."""
    items = [i for i in plan(second_course, AnnounceConfig(), *term(second_course)) if i.key.startswith("deadline:ps6")]
    assert items[0].at == local(second_course, "2024-11-06 17:00")
    assert items[0].at.utcoffset() == dt.timedelta(hours=-8)


def test_exam_reminders_carry_real_times_rooms_and_only_stated_rules(any_course):
    """An exam reminder says its time and room when the data has them, and quotes only the course's own rules."""
    items = plan(any_course, AnnounceConfig(kinds=frozenset({"exam"})), *term(any_course))
    for item in items:
        exam = any_course.exam(item.identity.subject)
        text = text_of(any_course, item)
        if exam.time is not None:
            assert f"{exam.time.hour % 12 or 12}:{exam.time.minute:02d}" in text
        if item.identity.what == "7d":
            assert all(rule in text for rule in exam.rules)
        assert "during class" not in text


def test_conflict_form_posts_only_for_a_form_that_exists(second_course):
    """The midterm has a form (posted with its link); the final has none: no conflict-form post at all."""
    items = plan(second_course, AnnounceConfig(kinds=frozenset({"conflict_form"})), *term(second_course))
    assert {i.key.split(":")[1] for i in items} == {"midterm"}
    assert all("https://forms.example/stat187-midterm-conflict" in text_of(second_course, i) for i in items)


def test_regrade_posts_never_invent_a_window(second_course):
    """The page gives no regrade window: the post says so, and no 'closing soon' reminder is planned."""
    published = {"ps2": local(second_course, "2024-10-07 12:00")}
    items = plan(second_course, AnnounceConfig(kinds=frozenset({"regrade"})), *term(second_course), published=published)
    assert [plain(i.key) for i in items] == ["regrade:ps2:open:channel"]
    assert "doesn't say" in text_of(second_course, items[0])


def test_regrade_posts_say_where_as_the_data_words_it():
    """A regrade place given in words ("with the Module Convenor") is said as given, not "on with ..."."""
    hist = load_course(FIXTURES / "courses" / "hist-210-a24")
    published = {"essay1": local(hist, "2024-11-08 12:00")}
    items = plan(hist, AnnounceConfig(kinds=frozenset({"regrade"})), *term(hist), published=published)
    assert items
    said = text_of(hist, items[0])
    assert "with the Module Convenor" in said
    assert "on with" not in said


def test_the_digest_shows_todays_lecture_with_its_time_and_room(second_course):
    """A lecture day's digest gives the lecture's time and room (from meetings.toml) and its topic."""
    answer = digest_answer(second_course, dt.date(2024, 10, 17), AnnounceConfig())
    text = answer_text(answer, second_course.tz, local(second_course, "2024-10-17 08:00"))
    assert "Lecture: 11:00 AM PDT – 12:20 PM PDT · Halvorsen Hall 100" in text
    assert "Discussion" not in text  # section meetings reach their sections through /meetings, not the channel
