"""Two dated things compared: same day, which first, how far apart, before or after, from both dates."""

from __future__ import annotations

import pytest

from bot.core.render_text import answer_text
from bot.course.loader import load_course
from bot.understand.engine import engine_for, read_question
from bot.understand.schedule.comparisons import compared, could_compare
from tests.conftest import BUNDLED_COURSES, FIXTURES, at, local
from tests.understand.conftest import reply, typed_questions

HIST = load_course(FIXTURES / "courses" / "hist-210-a24")
GEO = load_course(FIXTURES / "courses" / "geo-2210-s25")


def _compare(course, question: str, now):
    engine = engine_for(course)
    return compared(course, question, lambda said: engine.reader.read(said, now))


def _first_line(course, question: str, now) -> str:
    return answer_text(read_question(course, question, now).answer, course.tz, now).splitlines()[2]


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("is hw4 part b due the same day hw5 comes out", "Yes"),  # due Mon Mar 18, released Mon Mar 18
        ("is hw5 due on the same day as the mini project", "No"),
        ("is hw5 due before exam 2", "Yes"),
        ("is exam 2 after hw5", "Yes"),
    ],
)
def test_yes_or_no_from_both_dates(course, question, opens):
    """A same-day or before/after question opens with Yes or No and gives both dates."""
    now = at("2024-03-13T14:30")
    answer = _compare(course, question, now)
    assert answer is not None
    shown = answer_text(answer, course.tz, now)
    assert shown.splitlines()[2].startswith(opens)


@pytest.mark.parametrize(
    ("question", "opens", "dates"),
    [
        # "final" alone would also read as the final exam: the longer, surer name is the thing compared
        ("does the final report have the same due date as ps7", "No", ("Fri Dec 6", "Fri Nov 22")),
        ("is ps5 due on the same deadline as ps6", "No", ("Fri Nov 1", "Fri Nov 8")),
        ("when is ps6 due and is that the same day as ps5", "No", ("Fri Nov 8", "Fri Nov 1")),
    ],
)
def test_same_day_of_two_named_pieces_of_work(second_course, question, opens, dates):
    """Two pieces of work held against each other's due day: Yes or No first, and both dates."""
    now = local(second_course, "2024-10-14T10:00")
    shown = answer_text(read_question(second_course, question, now).answer, second_course.tz, now)
    assert shown.splitlines()[2].startswith(opens)
    assert all(day in shown for day in dates)


def test_two_deadlines_compared_show_their_times_where_the_page_gives_them(second_course, course):
    """Both due moments with the time of day the page gives; only the day where the page gives no time."""
    now = local(second_course, "2024-10-14T10:00")
    shown = answer_text(
        read_question(second_course, "is ps5 due the same day as ps6", now).answer, second_course.tz, now
    )
    assert "Fri Nov 1, 5:00 PM" in shown, shown
    assert "Fri Nov 8, 5:00 PM" in shown, shown
    now = local(course, "2024-02-12T10:00")
    shown = answer_text(read_question(course, "is hw4b due the same day as hw5", now).answer, course.tz, now)
    assert "11:59 PM" not in shown.splitlines()[2], shown  # 10-605's times are assumed, not the page's


def test_release_when_the_question_says_it_comes_out(course):
    """ "hw5 comes out" is HW5's release, not its deadline."""
    now = at("2024-03-13T14:30")
    shown = answer_text(_compare(course, "is hw4 part b due the same day hw5 comes out", now), course.tz, now)
    assert "HW5 comes out Mon Mar 18" in shown
    assert "HW4 Part B is due Mon Mar 18" in shown


def test_which_first_and_how_far_apart():
    """ "which comes first and how many days apart": the earlier one, the gap, both dates; "first" is not an item's
    name ("the first essay")."""
    now = local(HIST, "2024-10-23T13:00")
    shown = answer_text(
        read_question(HIST, "final exam and proposal deadline, which comes first", now).answer, HIST.tz, now
    )
    assert "Proposal comes first, 7 days before Final examination" in shown
    shown = answer_text(_compare(HIST, "which is first, essay 2 or the proposal", now), HIST.tz, now)
    assert "Essay 2 comes first" in shown
    assert "Essay 1" not in shown
    shown = answer_text(_compare(HIST, "how many days between essay 1 and essay 2", now), HIST.tz, now)
    assert "28 days apart" in shown


def test_a_name_for_several_items_is_answered_either_way_or_asked():
    """ "the field log" is two logs: the answer holds for both, or asks which."""
    now = local(GEO, "2025-05-07T10:00")
    shown = answer_text(_compare(GEO, "which comes first, the map test or the field log deadline", now), GEO.tz, now)
    assert "Either way, Map test comes first" in shown
    assert "Field log N is due Tue May 13" in shown
    assert "Field log S is due Thu May 15" in shown
    shown = answer_text(_compare(GEO, "is the field log due the same day as sheet 4", now), GEO.tz, now)
    assert shown.splitlines()[2].startswith("No")


def test_nothing_compared_is_left_to_the_engine(course, second_course):
    """A question with one item, or no comparison, is not a comparison."""
    now = at("2024-03-13T14:30")
    assert _compare(course, "when is hw5 due", now) is None
    assert _compare(course, "is hw5 due the same day", now) is None
    now = local(second_course, "2024-10-01T10:00")
    assert _compare(second_course, "is ps4 due before spring", now) is None


def test_an_answer_from_the_engine_is_the_comparison(second_course):
    """Through the engine too, on another course."""
    now = local(second_course, "2024-10-02T12:00")
    assert _first_line(second_course, "is ps4 due the same day ps5 comes out", now).startswith("Yes")


def test_before_on_the_same_day_is_not_decided(course):
    """ "does hw5 come out before hw4 part b is due": both on Mon Mar 18, and no hours to order them: no Yes or No."""
    now = at("2024-03-13T14:30")
    shown = answer_text(_compare(course, "does hw5 come out before hw4 part b is due", now), course.tz, now)
    assert shown.splitlines()[2] == "They fall on the same day, Mon Mar 18."


def test_before_or_after_says_which_without_yes_or_no(second_course):
    """ "is the midterm before or after ps5 is due": which of the two, with both dates, no Yes or No."""
    now = local(second_course, "2024-10-02T12:00")
    shown = answer_text(
        _compare(second_course, "is the midterm before or after ps5 is due", now), second_course.tz, now
    )
    assert shown.splitlines()[2] == "Midterm is on Wed Oct 23: before PS5, which is due Fri Nov 1."
    shown = answer_text(_compare(second_course, "whats due first, ps3 or the proposal", now), second_course.tz, now)
    assert "Proposal comes first" in shown


@pytest.mark.parametrize("folder", ["10-605-s24", "stat-187-f24", "hist-210-a24", "geo-2210-s25"])
def test_a_question_without_a_comparing_word_compares_nothing(folder):
    course = {"hist-210-a24": HIST, "geo-2210-s25": GEO}.get(folder) or load_course(BUNDLED_COURSES[folder])
    now = local(course, "2024-02-12T10:00")
    reader = engine_for(course).reader
    assert typed_questions(folder)
    for question in typed_questions(folder):
        if not could_compare(reader.respell(question)):
            assert _compare(course, question, now) is None, question


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is siyuan's office hour before or after li chen's", "Li Chen"),
        ("is the survey due before the mini project", "Yes: Mini-project survey is due Fri Mar 29"),
    ],
)
def test_two_people_or_two_deadlines_compared(course, question, said):
    """Two people's office hours, one assignment due before another."""
    _, shown = reply(course, question, "2024-02-19 10:00")
    assert said in shown, shown


@pytest.mark.parametrize(
    ("folder", "now", "question", "says"),
    [
        ("hist-210-a24", "2024-11-20T10:00", "how many days are there between the last class and the exam", "28 days"),
        ("stat-187-f24", "2024-11-20T10:00", "how many days between the last lecture and the final", "9 days apart"),
        ("stat-187-f24", "2024-09-01T10:00", "how long between the first class and the midterm", "55 days apart"),
        ("geo-2210-s25", "2025-05-01T10:00", "how many days between the last lecture and the klausur", "2 days"),
    ],
)
def test_the_terms_first_or_last_class_against_an_exam(folder, now, question, says):
    """ "the last lecture", "the first class": the schedule's last (first) class day of that kind, never an exam's."""
    course = load_course(BUNDLED_COURSES.get(folder) or FIXTURES / "courses" / folder)
    shown = answer_text(read_question(course, question, local(course, now)).answer, course.tz, local(course, now))
    assert says in shown, shown


def test_an_exam_against_its_own_other_sitting():
    """ "the klausur and its resit": the sitting's day, or that it is not on the page (no gap made up)."""
    now = local(GEO, "2025-05-01T10:00")
    shown = answer_text(read_question(GEO, "how far apart are the klausur and its resit", now).answer, GEO.tz, now)
    assert "I can't compare them" in shown
    assert "Resit of Klausur (final exam): not on the course page" in shown
    assert "apart." not in shown


def test_one_thing_named_beside_no_class_or_sitting_compares_nothing(second_course):
    """ "how many days between the midterm and my birthday": one thing of the course, so no comparison."""
    now = local(second_course, "2024-10-01T10:00")
    assert _compare(second_course, "how many days between the midterm and my birthday", now) is None


@pytest.mark.parametrize(
    "question",
    [
        "is the final cumulative or only the material after the midterm",
        "does the final cover everything or just after the midterm",
        "is it just the topics after midterm 1 on the final",
    ],
)
def test_material_on_one_side_of_an_exam_is_no_order_of_two_days(second_course, question):
    """The material before or after an exam, or what an exam covers, asks what is on it, not which comes first."""
    now = local(second_course, "2024-10-01T10:00")
    assert _compare(second_course, question, now) is None
    assert read_question(second_course, question, now).as_json()["parts"][0]["intent"] != "compared"


def test_one_exam_after_another_is_still_compared(second_course):
    """Without material or coverage words, "is the final after the midterm" stays a comparison of their days."""
    now = local(second_course, "2024-10-01T10:00")
    assert _compare(second_course, "is the final after the midterm", now) is not None


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("do we do t-sne before hw2 is due", "Yes: Visualization: JL + t-SNE is on Mon Jan 29"),
        ("is pca covered after hw2 is due", "No: Visualization: PCA is on Wed Jan 24"),
        ("is pca covered before or after hw2 is due", "Visualization: PCA is on Wed Jan 24: before HW2"),
    ],
)
def test_a_topic_day_against_a_deadline(course, question, opens):
    """A schedule topic named first is compared with the deadline by its row's day."""
    answer = _compare(course, question, at("2024-01-20T10:00"))
    assert answer is not None
    assert str(answer.lines[0]).startswith(opens) or opens in answer_text(answer, course.tz, at("2024-01-20T10:00"))


def test_a_deadline_named_before_the_topic_is_left_to_the_engine(course):
    """ "is hw2 due before the pca lecture": only the order a topic is named in is read here."""
    assert _compare(course, "is hw2 due before the pca lecture", at("2024-01-20T10:00")) is None


def test_a_stated_due_time_is_shown_with_each_day(second_course):
    """The same day may still be another hour: each deadline's stated time is shown with its day."""
    now = local(second_course, "2024-10-14T10:00")
    shown = answer_text(
        read_question(second_course, "is ps5 due the same day as ps6", now).answer, second_course.tz, now
    )
    assert "PS5 is due Fri Nov 1, 5:00 PM" in shown
