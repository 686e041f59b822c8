"""An exam's other sitting asked by its kind's words, its name or its time: read as that sitting (when, where, who,
registering, what counts), Yes or No only where the data settles it, never the main sitting's room or date; courses
without sittings answer as before."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.model import ExamSitting
from bot.understand.exams.exam_sitting_asked import aspects_asked, passed_none_of
from tests.understand.conftest import first_line, reply

STAT_NOW = "2024-10-01 10:00"
GEO_NOW = "2025-05-01 10:00"


@pytest.mark.parametrize(
    ("question", "aspects", "says"),
    [
        ("what room is the 3pm sitting in", ("where",), "doesn't give the room of the alternate sitting"),
        ("wheres the 3 pm one for the midterm", ("where",), "doesn't give the room of the alternate sitting"),
        ("when is the second sitting", ("when",), "Wed Oct 23, 2024, 3:00 PM"),
        ("what time does the early sitting end", ("when",), "5:00 PM"),
        ("who can do the conflict sitting", ("who",), "students with a class or another exam at 7 PM"),
        ("how do i sign up for the alternate sitting", ("register",), "through the midterm conflict form"),
    ],
)
def test_stat_alternate_sitting_by_its_words_name_or_time(stat, question, aspects, says):
    """STAT 187's 3 PM alternate sitting of the midterm, asked each way, with the part asked first."""
    result, said = reply(stat, question, STAT_NOW)
    assert [p.intent for p in result.parts] == ["exam_sitting"]
    assert result.parts[0].slots["aspects"] == aspects
    assert says in first_line(said)
    assert "Halvorsen" not in said
    assert "Bayview" not in said


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("is there an alternate sitting for the midterm", "Midterm has an alternate sitting"),
        ("do i need to register for the early sitting", "to register for the alternate sitting"),
        ("i have a class at 7pm on the midterm day, is there another sitting", "Midterm has an alternate sitting"),
        # a story told in sentences, a span of it ("for 3 days") no span asked of
        (
            "my sister's wedding runs for 3 days that week. is there an alternate sitting of the midterm and when",
            "Midterm has an alternate sitting",
        ),
    ],
)
def test_yes_first_where_the_data_settles_it(stat, question, yes):
    """That the sitting exists, and that it needs registering (the data says how), open with Yes."""
    _, said = reply(stat, question, STAT_NOW)
    assert first_line(said).startswith("Yes")
    assert yes in first_line(said)


def test_a_stated_room_gets_no_yes_or_no_when_the_room_is_unknown(stat):
    """ "is the alternate sitting in halvorsen hall 100": the page gives no room for it, so neither Yes nor No."""
    _, said = reply(stat, "is the alternate sitting in halvorsen hall 100", STAT_NOW)
    assert not first_line(said).startswith(("Yes", "No"))
    assert "doesn't give the room of the alternate sitting" in said


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("when is the resit", "doesn't give the date of the resit"),
        ("failed the klausur, when's the retake", "take the resit in October"),
        ("who is allowed to take the resit", "score below 50%"),
        ("what room is the october resit in", "doesn't give the room of the resit"),
        ("do i have to register for the resit", "How to register for the resit: the course page doesn't say"),
    ],
)
def test_geo_resit_with_what_the_page_leaves_out(geo, question, says):
    """GEO 2210's October resit of the Klausur: no date, room or registration on the page, each said so."""
    result, said = reply(geo, question, GEO_NOW)
    assert [p.intent for p in result.parts] == ["exam_sitting"]
    assert says in said
    assert "Jun 18" not in said  # the Klausur's own date


def test_improving_a_grade_gets_no_yes_the_page_does_not_give(geo):
    """ "can i resit to improve even if i passed": the resit's words speak only of missing or failing: no Yes."""
    _, said = reply(geo, "can i do the resit to improve my grade even if i passed", GEO_NOW)
    assert not first_line(said).startswith("Yes")
    assert "score below 50%" in said


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("is there a makeup for the midterm", "exam"),  # STAT 187 lists an alternate sitting, no make-up
        ("when is the final retake", "exam"),  # the final has no sitting: not on the page, as before
        ("what time is the midterm", "course_fact"),
        ("is the midterm at 3pm", "exam"),  # the exam's own time stated to confirm: No, 7 PM
    ],
)
def test_a_sitting_the_exam_does_not_have_keeps_todays_answer(stat, question, intent):
    """Kind words of a sitting the exam lacks, or the exam itself, are not read as its alternate sitting."""
    result, said = reply(stat, question, STAT_NOW)
    assert [p.intent for p in result.parts] == [intent]
    assert "alternate sitting of Midterm" not in said


@pytest.mark.parametrize(
    ("course_name", "question"),
    [
        ("stat", "what time is office hours, 3pm?"),
        ("stat", "how do i make up a missed discussion section"),
        ("stat", "can i make up ps3"),
        # a sitting's own word ("repeat" of "repeat Klausur") as a verb, of another thing, or with no exam named
        ("geo_repeat", "can you repeat the klausur date"),
        ("geo_repeat", "is there a repeat lecture before the klausur"),
        ("geo_repeat", "when is the repeat"),
    ],
)
def test_words_of_a_sitting_about_something_else_are_not_read_as_one(request, course_name, question):
    """A time, a "make up" or a sitting's own word that speaks of no exam (office hours, a section, an assignment, a
    lecture) is not the sitting."""
    result, _ = reply(request.getfixturevalue(course_name), question, STAT_NOW if course_name == "stat" else GEO_NOW)
    assert "exam_sitting" not in [p.intent for p in result.parts]


def test_a_course_without_sittings_is_not_read_here(course):
    """10-605 lists no sittings: "when is the retake" is never this intent."""
    result, _ = reply(course, "when is the retake", "2024-02-12 10:00")
    assert "exam_sitting" not in [p.intent for p in result.parts]


@pytest.mark.parametrize(
    ("question", "aspects"),
    [
        ("when and where is the retake", ("when", "where")),
        ("what day is the resit", ("when",)),
        ("what is the resit", ()),
        ("can i take the retake", ("who",)),
        ("can i retake to raise my grade", ("counts",)),
        ("does the better result count", ("counts",)),
        ("what grade do i need on the retake", ()),
        ("do i have to sign up for the makeup", ("register",)),
    ],
)
def test_what_is_asked_of_a_sitting(question, aspects):
    """The parts asked are read from the question's own words ("what" alone asks no time; "can i take" asks who)."""
    assert aspects_asked(question) == aspects


@pytest.fixture(scope="module")
def stat_final_sittings(stat):
    """STAT 187 with its final given a make-up and a supplementary exam (a copy: the page gives neither)."""
    make_up = ExamSitting(name="make-up final", kind="make_up", date=dt.date(2024, 12, 17), start=dt.time(9))
    supp = ExamSitting(
        name="supplementary exam",
        kind="supplementary",
        date=None,
        who="students with a final mark of 45-49",
        register="no registration: eligible students are emailed",
    )
    exams = tuple(replace(e, sittings=(make_up, supp)) if e.id == "final" else e for e in stat.exams)
    return replace(stat, exams=exams)


@pytest.mark.parametrize(
    ("question", "title", "first"),
    [
        ("when is the makeup final", "Final exam: make-up final", "Tue Dec 17, 2024"),
        ("is there a make-up for the final", "Final exam: make-up final", "Yes"),
        ("who can sit the supp exam", "Final exam: supplementary exam", "students with a final mark of 45-49"),
        ("when is the supplementary for the final", "Final exam: supplementary exam", "doesn't give the date"),
        ("do i have to register for the supplementary exam", "Final exam: supplementary exam", "No"),
    ],
)
def test_each_kinds_usual_words_find_its_sitting(stat_final_sittings, question, title, first):
    """A make-up and a supplementary exam, each asked by its kind's words; "no registration" is a No."""
    _, said = reply(stat_final_sittings, question, "2024-12-01 10:00")
    assert said.splitlines()[0] == title
    assert first in first_line(said)
    assert "Redwood Hall 1" not in said  # the final's own room


# A sitting's words that qualify another thing, a generic exam word no exam of the course is called, a session of a
# meeting, a time of something else: never a sitting (the review's cases and other words for each class).
_NOT_A_SITTING = [
    "is there an alternative time for office hours",
    "is there an alternate TA",
    "who is the alternate professor",
    "is there an alternate time for the gsi office hours",
    "any makeup class after fall break",
    "is there a makeup lecture for the thanksgiving class",
    "when is the makeup discussion section",
    "is there a makeup for missed quizzes",
    "do we get a makeup if we miss a pop quiz",
    "can i get a makeup for a quiz i missed",
    "can I rewrite the term paper",
    "is there a retake for the project",
    "when is the second session of lecture",
    "when is the other session of discussion",
    "is there a second session of office hours",
    "is the 3pm slot on monday in person",
    "is the 3pm session on thursday online",
    "where is the 3pm one",
    "who holds the 3pm session",
    "where is the midterm review session at 3pm",
    "where is the 3pm midterm sitting on monday",
    "where is the 9am session on tuesday",
    "who runs the 9am slot",
]


@pytest.mark.parametrize("question", _NOT_A_SITTING)
def test_stat_words_about_another_thing_are_no_sitting(stat_final_sittings, question):
    """STAT 187 with a midterm alternate sitting and a make-up and supplementary final: none of these is one."""
    result, said = reply(stat_final_sittings, question, STAT_NOW)
    assert "exam_sitting" not in [p.intent for p in result.parts]
    assert not any(has in said for has in ("has an alternate sitting", "has a make-up", "has a supplementary"))


@pytest.mark.parametrize(
    "question",
    [
        "is there a retake option for the field trip",
        "is there a retake of the field practical",
        "is there a makeup excursion",
        "can i do a make up colloquium",
        "is there an alternative plenary this week",
        "who is the alternate tutor",
        "can i rewrite my paper if i got a bad mark",
        "can i rewrite my lab report",
        "is there a retake on the term paper",
        "when is the other session of the excursion",
        "when is the second session of the plenary",
        "is there another session of the colloquium",
    ],
)
def test_geo_words_about_another_thing_are_no_sitting(geo, question):
    """GEO 2210's Klausur resit is not read from a field trip's, a plenary's, a paper's or a tutor's words."""
    result, said = reply(geo, question, GEO_NOW)
    assert "exam_sitting" not in [p.intent for p in result.parts]
    assert "has a retake" not in said


@pytest.mark.parametrize("question", ["is there an alternate TA", "when is the second session of lecture"])
def test_courses_without_sittings_read_none(course, hist, question):
    """10-605 and HIST 210 list no sittings: the same words are never one there either."""
    for listed, now in ((course, "2024-02-12 10:00"), (hist, "2024-10-01 10:00")):
        result, _ = reply(listed, question, now)
        assert "exam_sitting" not in [p.intent for p in result.parts]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("is there a makeup for people who miss the final", "Final exam: make-up final"),
        ("what time is the 9am one for the final", "Final exam: make-up final"),
        ("where is the 9am final sitting on tuesday", "Final exam: make-up final"),
        ("is there another sitting of the midterm", "Midterm: alternate sitting"),
        ("can i take the midterm at 3pm instead", "Midterm: alternate sitting"),
        ("is there a conflict sitting for the midterm if i have a lab then", "Midterm: alternate sitting"),
    ],
)
def test_stat_an_exam_spoken_of_still_finds_its_sitting(stat_final_sittings, question, title):
    """Where the question speaks of the exam (its name, "sitting"), its sitting is still read, by kind or time."""
    _, said = reply(stat_final_sittings, question, "2024-10-01 10:00")
    assert said.splitlines()[0] == title


@pytest.mark.parametrize("question", ["can i rewrite the klausur in october", "is there a resit for the final exam"])
def test_geo_an_exam_spoken_of_still_finds_its_resit(geo, question):
    """GEO 2210's resit, asked with the Klausur or its "final exam" words."""
    _, said = reply(geo, question, GEO_NOW)
    assert said.splitlines()[0] == "Klausur (final exam): resit"


@pytest.mark.parametrize(
    ("course_name", "question", "now", "title"),
    [
        ("stat_final_sittings", "is there a makeup", "2024-10-01 10:00", "Final exam: make-up final"),
        ("stat_final_sittings", "is there a supplementary", "2024-10-01 10:00", "Final exam: supplementary exam"),
        ("geo", "is there a retake", GEO_NOW, "Klausur (final exam): resit"),
    ],
)
def test_a_bare_sitting_word_gets_its_facts_but_no_yes(request, course_name, question, now, title):
    """ "is there a makeup" speaks of no exam: the only sitting of that kind is shown, without a Yes it cannot back."""
    _, said = reply(request.getfixturevalue(course_name), question, now)
    assert said.splitlines()[0] == title
    assert not first_line(said).startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        ("geo", GEO_NOW, "is there a resit for the kartentest"),
        ("geo", GEO_NOW, "where is the map test resit"),
        ("geo", GEO_NOW, "when's the resit of the map test"),
        ("geo", GEO_NOW, "who can take the map test resit"),
        ("stat", STAT_NOW, "is there an alternate sitting for the final"),
        ("stat", STAT_NOW, "what room is the final exam's alternate sitting in"),
    ],
)
def test_a_sitting_asked_of_a_named_exam_is_that_exams_or_none(request, folder, now, question):
    """An exam named by its own name without the sitting asked: never another exam's sitting, nor a Yes for it."""
    course = request.getfixturevalue(folder)
    _, said = reply(course, question, now)
    owner = {"geo": "Klausur", "stat": "Midterm"}[folder]
    assert owner not in said, said
    assert not first_line(said).startswith("Yes"), said


@pytest.mark.parametrize(
    ("folder", "now", "question", "says"),
    [
        ("stat", STAT_NOW, "who can take the conflict exam", "students with a class or another exam at 7 PM"),
        ("geo", GEO_NOW, "when is the klausur resit", "take the resit in October"),
    ],
)
def test_a_sitting_named_with_its_own_exam_or_an_exam_word_is_still_read(request, folder, now, question, says):
    """The sitting's own name with only an exam word ("the conflict exam"), or with its own exam, is that sitting."""
    _, said = reply(request.getfixturevalue(folder), question, now)
    assert says in said, said


@pytest.mark.parametrize(
    ("course_name", "question", "said"),
    [
        ("geo", "can i take the resit only to get a better grade", "score below 50%"),
        ("stat", "can i sit the alternate midterm just to get a higher score", "filed the midterm conflict form"),
    ],
)
def test_a_sitting_asked_of_only_to_improve_is_no_with_who_may_sit_it(request, course_name, question, said):
    """The page names who may sit it and a better mark alone is none of its cases: No, with whom it names."""
    course = request.getfixturevalue(course_name)
    _, text_ = reply(course, question, STAT_NOW if course_name == "stat" else "2025-03-04 10:00")
    assert first_line(text_).startswith("No: only")
    assert said in first_line(text_)


def test_a_sitting_asked_of_to_improve_without_only_gets_no_verdict(geo):
    """ "can i take the resit to improve my grade": the student may be one of its cases, so no verdict."""
    _, text_ = reply(geo, "can i take the resit to improve my grade", "2025-03-04 10:00")
    assert not first_line(text_).startswith(("Yes", "No"))


@pytest.fixture(scope="module")
def geo_repeat(geo):
    """GEO 2210 whose Klausur resit is named "repeat Klausur" (a word of its own with the exam's name)."""
    final = geo.exam("klausur")
    repeat = replace(final.sittings[0], name="autumn repeat klausur", aliases=("repeat klausur",))
    final = replace(final, sittings=(repeat,))
    return replace(geo, exams=tuple(final if e.id == final.id else e for e in geo.exams))


@pytest.mark.parametrize(
    "question", ["if i fail the klausur is there a repeat", "failed the final, is there a repeat in the autumn"]
)
def test_a_sittings_own_word_with_its_exam_named(geo_repeat, question):
    """A sitting's name without its exam's words ("repeat" of "repeat Klausur") names it where that exam is named."""
    result, said = reply(geo_repeat, question, GEO_NOW)
    assert [p.intent for p in result.parts] == ["exam_sitting"]
    assert first_line(said).startswith("Yes")


@pytest.mark.parametrize("question", ["i have a conflict with the midterm", "the conflict form for the midterm"])
def test_a_clash_word_alone_is_not_the_conflict_sitting(stat, question):
    """ "conflict" (of "conflict sitting") also tells the student's own clash or the form: not the sitting alone."""
    conflicting = replace(stat.exam("midterm").sittings[0], name="conflict midterm", aliases=())
    midterm = replace(stat.exam("midterm"), sittings=(conflicting,))
    course = replace(stat, exams=tuple(midterm if e.id == "midterm" else e for e in stat.exams))
    result, _ = reply(course, question, STAT_NOW)
    assert "exam_sitting" not in [p.intent for p in result.parts]


def test_a_yes_every_exams_sitting_shares_is_given_once(stat):
    """ "do i have to register for the resit" where the midterm and the final each have a resit registered alike:
    Yes for all of them, the way to register said once."""
    resit = ExamSitting(name="resit", kind="retake", date=dt.date(2025, 1, 20), register="in the portal by Jan 10")
    exams = tuple(replace(e, sittings=(resit,)) if e.id in ("midterm", "final") else e for e in stat.exams)
    _, said = reply(replace(stat, exams=exams), "do i have to register for the resit", "2024-12-01 10:00")
    assert first_line(said).startswith("Yes"), said
    assert said.count("in the portal by Jan 10") == 1, said


def test_the_time_of_a_sitting_whose_day_alone_is_given_is_not_on_the_page(stat):
    """ "what time does the resit on jan 20 start": its day is on the page, its time is not, so it says it does not
    know (honestly unknown) rather than answering with the day."""
    resit = ExamSitting(name="resit", kind="retake", date=dt.date(2025, 1, 20))
    exams = tuple(replace(e, sittings=(resit,)) if e.id in ("midterm", "final") else e for e in stat.exams)
    result, said = reply(replace(stat, exams=exams), "what time does the resit on jan 20 start", "2024-12-01 10:00")
    assert result.answer.kind == "unknown", said
    assert "Mon Jan 20" in said


@pytest.mark.parametrize(
    "question", ["when is the midterm makup", "when is the mid term makeup", "where is the make up mid term"]
)
def test_a_sittings_name_spaced_another_way_is_that_sitting(stat, question):
    """ "mid term make up" for a sitting called "midterm makeup" (or a typo repaired to it): the same name, its words
    run together or split apart, so the make-up's date and room, never the midterm's own."""
    make_up = ExamSitting(
        name="make-up midterm", kind="make_up", date=dt.date(2024, 10, 30), room="Room K-2", aliases=("midterm makeup",)
    )
    midterm = replace(stat.exam("midterm"), sittings=(make_up,))
    course = replace(stat, exams=tuple(midterm if e.id == "midterm" else e for e in stat.exams))
    result, said = reply(course, question, STAT_NOW)
    assert [p.intent for p in result.parts] == ["exam_sitting"], said
    assert "Halvorsen" not in said


def test_a_run_of_words_spaced_another_way():
    """The same letters over whole words: "mid term make up" holds "midterm makeup"; "makeups" or "term make" do not."""
    from bot.understand.exams.exam_sitting_asked import _spaced_at

    assert _spaced_at(("when", "is", "the", "mid", "term", "make", "up"), ("midterm", "makeup"))
    assert _spaced_at(("the", "makeup", "test"), ("make", "up", "test"))
    assert not _spaced_at(("the", "mid", "term", "make", "ups"), ("midterm", "makeup"))
    assert not _spaced_at(("term", "make"), ("midterm", "makeup"))


@pytest.mark.parametrize(
    ("question", "who", "none_of"),
    [
        ("if i pass the course can i still take the resit", "students whose average is below 10/20", True),
        ("i already passed, can i sit the retake", "those who failed the exam", True),
        ("if i dont pass can i take the resit", "students whose average is below 10/20", False),
        ("i passed, can i sit the retake", "any student who wants a better grade", False),
        ("can i take the resit", "students whose average is below 10/20", False),
    ],
)
def test_a_pass_told_is_none_of_a_resit_for_those_who_fail(question, who, none_of):
    assert passed_none_of(question, who) is none_of
