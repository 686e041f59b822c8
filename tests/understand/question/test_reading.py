"""A question read once: what it names, the ideas it carries, and how it is asked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.course.loader import load_course
from bot.understand.engine import Engine, engine_for
from tests.conftest import at, local
from tests.understand.conftest import course_in, first_line, reply, typed_questions

NOW = at("2024-02-12 10:00")


def read(course, question):
    return engine_for(course).reader.read(question, NOW)


@pytest.mark.parametrize(
    ("question", "kind", "ids"),
    [
        ("when is hw 4 part b due", "assignment", ["hw4b"]),
        ("hw1 hw2 hw3 due dates", "assignment", ["hw1", "hw2", "hw3"]),
        ("whens the mini project survey due", "assignment", ["miniproject-survey"]),
        ("when are katie zhang's office hours", "person", ["katie-zhang"]),
        ("gabe oh", "person", ["gabriel-fonseca"]),
        ("when is the midterm", "exam", ["exam1"]),
        ("do 405 students do the mini project", "section", ["10-405"]),
        ("is there oh during spring break", "period", ["spring-break"]),
    ],
)
def test_what_a_question_names(course, question, kind, ids):
    """Assignments, people, exams, sections and named periods, however they are written."""
    assert read(course, question).ids(kind) == ids


def test_an_assignment_that_does_not_exist_is_noted(course):
    """'hw9' is recognisably an assignment name; the answer can say there is none."""
    reading = read(course, "when is hw9 due")
    assert reading.ids("assignment") == []
    assert reading.unknown_assignments == ["hw9"]


@pytest.mark.parametrize(
    ("question", "ids", "unknown"),
    [
        ("can i still hand in hw3 i totally forgot", ["hw3"], []),
        ("is hw2 a group assignment", ["hw2"], []),
        ("when is hw 5 c due", ["hw5"], []),
        ("when is hw4 b due", ["hw4b"], []),  # a part the course has, typed apart
        ("when is hw9 i cant find it", [], ["hw9"]),
        ("does hw4 part c exist", [], ["hw4 part c"]),  # after a part word, a letter is a part (one it lacks)
    ],
)
def test_a_letter_typed_apart_after_a_number_is_a_word_not_a_part(course, question, ids, unknown):
    """ "hw3 i forgot" names hw3 (and "hw9 i" the unknown hw9): a lone letter word joins no name the course lacks."""
    reading = read(course, question)
    assert reading.ids("assignment") == ids
    assert reading.unknown_assignments == unknown


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("when is check in 1 due", ["hw1"]),
        ("is hw2 due the same day as checkin 1", ["hw2", "hw1"]),
        ("what is due in week 1", []),  # a common word and a number name nothing
    ],
)
def test_a_name_opening_on_a_common_word_is_read_whole(data_copy, question, ids):
    """An item named "Check-in 1" is read from "check in 1" though "check" is a common word; "week 1" is no item."""
    path = data_copy / "assignments.toml"
    path.write_text(path.read_text().replace('"homework one"]', '"homework one", "check-in 1", "check in 1"]', 1))
    reading = read(load_course(data_copy), question)
    assert reading.ids("assignment") == ids
    assert reading.unknown_assignments == []


@pytest.mark.parametrize(
    ("question", "exams"),
    [
        ("do we have recitation on fri feb 23 (the exam 1 day)", []),  # the aside says what the day is
        ("is there lecture on mon feb 26 (exam day?)", []),
        ("when is exam 1 (the one in february)", ["exam1"]),  # no day before it: the exam is what is asked
    ],
)
def test_words_in_brackets_after_a_day_name_no_exam_of_their_own(course, question, exams):
    """ "rec on wed nov 4 (the midterm day)": the question is about the day; the aside names no exam."""
    reading = read(course, question)
    assert reading.ids("exam") == exams
    assert exams or "exam" not in reading.cues


@pytest.mark.parametrize(
    ("question", "exam"),
    [("which is first, exam 2 or hw5", "exam2"), ("which comes first exam 1 or hw2", "exam1")],
)
def test_a_number_typed_beats_an_ordinal_read_into_a_name(course, question, exam):
    """ "which is first, exam 2 or ...": Exam 2 (the number typed), not Exam 1 from "first exam"."""
    assert read(course, question).ids("exam") == [exam]


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("hw3 part 2 due", ["hw3"]),
        ("can i get an extension on hw 2, one of my parents is in hospital", ["hw2"]),
        ("hw1 2 late days ok?", ["hw1"]),
    ],
)
def test_two_numbers_typed_apart_are_not_one_name(course, question, ids):
    """'hw3 part 2' and 'hw 2, one of' name hw3 and hw2, never an unknown 'hw32' or 'hw21'."""
    reading = read(course, question)
    assert reading.ids("assignment") == ids
    assert reading.unknown_assignments == []


def test_relations_between_words_and_names(course):
    """'after hw3', 'the week before spring break': how a name is related to what is asked."""
    assert read(course, "whats due after hw3").first("assignment").relation == "after"
    assert read(course, "schedule the week before spring break").first("period").relation == "week_before"


def test_a_cue_inside_a_longer_name_belongs_to_the_name(course):
    """'practice exam' is a schedule topic, so 'exam' there is not a question about the exams."""
    assert "exam" not in read(course, "when is the practice exam").cues
    assert "exam" in read(course, "when is the exam").cues


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("is hw3 due friday", True),
        ("do 405 students have to do the mini project", True),
        ("so can i use chatgpt", True),
        ("can you tell me when hw3 is due", False),
        ("can someone list the due dates for all the homeworks", False),
        ("could anyone tell me when hw3 is due", False),
        ("can anyone use grace days on the mini project", True),
        ("can i get all the homework deadlines in one list", False),  # asking to be given a list
        ("could we have a list of the due dates", False),
        ("can i get all my grace days back", True),  # "all my ... back" asks Yes or No
        ("can i get an extension on hw3", True),
        ("when is hw3 due", False),
    ],
)
def test_yes_no_questions(course, question, yes_no):
    """A yes/no question starts with an auxiliary; 'can you tell me', 'can someone list' are requests, not yes/no
    questions ('can anyone use grace days' still is one)."""
    assert read(course, question).yes_no is yes_no


def test_another_courses_number_is_noticed(course):
    """'15-213' is not this course; '10-605' is."""
    assert read(course, "when is the 15-213 exam").other_course
    assert not read(course, "difference between 10-405 and 10-605").other_course


def test_another_course_named_by_its_departments_whole_name_is_noticed(second_course):
    """'finance 2200', 'psychology 101' are other courses; 'statistics 187' is STAT 187 by its whole name."""
    assert read(second_course, "when is the finance 2200 midterm").other_course
    assert read(second_course, "is psychology 101 harder than this").other_course
    assert not read(second_course, "when is the statistics 187 midterm").other_course


def test_the_thing_to_be_used(course):
    """'can I use github copilot for ...': the head of what would be used is 'copilot'."""
    assert read(course, "can I use github copilot for the programming part").focus == {"copilot"}


def test_words_nothing_explains_are_kept(course):
    """Content words are what is left after names, cues and stopwords: here, the topic."""
    assert read(course, "when do we learn about adam").content == ["adam"]


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("hw3 is due wednesday right?", True),
        ("ps4 is due friday, correct", True),
        ("im so stressed about the midterm, is it next week?", True),
        ("ugh hw3, can i still turn it in", True),
        ("when is hw3 due", False),
        ("what's due this week, and when is the exam", False),
        ("im in section b do we have recitation friday", True),  # the student's group said, then the question
        ("i am in section a is there recitation tomorrow", True),
        ("im in section b when is recitation", False),
        ("im in sg4 when do we present", False),  # the question word comes before "do we"
        ("is the midterm in person or online", False),  # which one
        ("is the midterm in person or only online", True),  # the first, with the student's guess at the No
        ("calculators allowed in the midterm?", True),  # the "are" left out
        ("notes ok on the exam", True),
        ("midterm still at 7 after the clocks change?", True),
        ("which calculators allowed in the midterm", False),  # a question word asks what
        ("calculators allowed in the midterm, what kind", False),
        ("recitation is on zoom tomorrow?", True),  # a statement asked back with a question mark
        ("the lab is in person this week?", True),
        ("the lab is in person this week", False),  # no question mark: a statement
        ("the lab is in which room?", False),  # a question word asks what
        ("recitation is online or in person?", False),  # which one
        ("when was hw1 due again, was it monday jan 29", True),  # a question word, then the student's guess
        ("when is hw3 due, is it wednesday", True),
        ("when is hw3 due, is it hard", False),  # a guess at no day or time: what is asked stays "when"
        ("the hw3 is not due friday is it", True),  # a statement denied, then its tag
        ("hw3 is due friday is it", False),
        ("hw3 two days late, is that still accepted", True),  # the case, then asked back
        ("ps4 thirty hours late would that be ok", True),
        ("hw3 two days late, how much is that", False),
        ("hw3 is due wednesday, if i hand it in thursday will i lose points", True),  # the condition after a statement
        ("hw3 is due wednesday, if i hand it in thursday what is the penalty", False),
        # the student's own story, then a may-I question with no comma between them
        ("i missed hw3 can i still turn it in", True),
        ("my laptop died can i get an extension on hw3", True),
        ("we missed the survey could we still fill it in", True),
        ("i forgot hw3 can it be reopened", True),  # asked of the work
        ("i missed hw3 when can i turn it in", False),  # a question word asks when
        ("i missed hw3 so how can i make it up", False),
        # a wh-question, then a guess at how the late pool is used, which its rule settles
        ("how do grace days work, are they automatic", True),
        ("how do i use a grace day, is it applied automatically", True),
        ("when is hw3 due, is it automatic", False),  # nothing of the pool's use asked
        ("i was sick all week. is there a makeup", True),  # a sentence ended, then the question
        ("i was sick all week? is there a makeup", True),
        ("i got 2.5 in hw3 is that ok", True),  # a decimal point ends no sentence
        ("i was sick all week. when is the makeup", False),
        ("hw3 closed and i missed it can i still do it", True),  # any story, then "can i still"
        ("the survey ended could we still fill it in", True),
        ("hw3 closed, when can i still do it", False),
        ("hw3 due on wednesday?", True),  # a due day stated and asked back
        ("hw3 due?", False),  # no day or time to check
        ("hw3 due on wednesday or thursday?", False),
    ],
)
def test_a_yes_no_question_after_a_statement_or_as_a_tag(course, question, yes_no):
    """'..., is it next week?' and '... right?' are yes/no questions though they do not open with 'is'."""
    assert read(course, question).yes_no is yes_no


@pytest.mark.parametrize(
    ("question", "late"),
    [
        ("i forgot hw3 can i still do it", True),
        ("could we still finish hw4 part a", True),
        ("can i still take the midterm", False),  # an exam's sitting, not work handed in
        ("can i do hw3 with a partner", False),
        ("i forgot hw3 could it be reopened", True),  # closed work opened again
        ("can the midterm be reopened", False),
    ],
)
def test_doing_work_still_asks_its_late_rules(course, question, late):
    """'can i still take quiz 3': whether the work can still be done is its late rules, like handing it in."""
    assert ("late" in read(course, question).cues) is late


@pytest.mark.parametrize(
    ("question", "late", "grading"),
    [
        ("is there a cutoff for late hw", True, False),
        ("any cut off for late homework", True, False),
        ("is there a late work limit", True, False),
        ("whats the cutoff for an A", False, True),  # the grade scale's cut-offs, no late work named
    ],
)
def test_a_limit_next_to_late_work_is_the_late_rule(course, question, late, grading):
    """ "a cutoff for late hw" asks how late work may still come in, never the grade scale's cut-offs."""
    reading = read(course, question)
    assert ("late" in reading.cues, "grading" in reading.cues) == (late, grading)


@pytest.mark.parametrize(
    ("question", "late", "grading"),
    [
        ("how much is the late penalty", True, False),
        ("what's the penalty for late work", True, False),
        ("how much is the final worth", False, True),  # a weight, no late work named
    ],
)
def test_a_late_penalty_is_the_late_rule_not_a_weight(course, question, late, grading):
    """ "how much is the late penalty" asks what late work costs, never a weight of the grading breakdown."""
    reading = read(course, question)
    assert ("late" in reading.cues, "grading" in reading.cues) == (late, grading)


def test_an_exam_word_opening_an_assignments_name_is_that_name(stat):
    """'the final report' (named "final report") is the report, not the final exam read from "the final"."""
    reading = read(stat, "if the final report is an hour late does it still count")
    assert reading.ids("assignment") == ["report"]
    assert reading.ids("exam") == []
    assert read(stat, "when is the final").ids("exam") == ["final"]


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("who is priya, is she a gsi", True),  # a question word, then a guess at the person's role
        ("who's marco? is he an instructor", True),
        ("who is priya, is she the instructor", True),
        ("who is priya, is she nice", False),  # a guess at no role of the course
        ("who is priya, and when are her office hours", False),
    ],
)
def test_a_role_guessed_after_who_is_a_yes_no(stat, question, yes_no):
    """'who is rafael, is he a ta': Yes or No on the role the student guesses, then who they are."""
    assert read(stat, question).yes_no is yes_no


@pytest.mark.parametrize(
    ("question", "about_bot", "task"),
    [
        ("are you chatgpt", True, False),
        ("r u a real person", True, False),
        ("are you allowed to bring notes to the exam", False, False),
        ("can you do my hw3 for me", False, True),
        ("solve problem 2 of hw3 for me", False, True),
        ("explain gradient descent to me", False, True),
        ("summarize the LSH lecture", False, True),
        ("explain the late policy", False, False),
        ("can you explain how grace days work", False, False),
        ("when do my hw3 grades come out", False, False),
    ],
)
def test_questions_about_the_bot_and_work_asked_of_it(course, question, about_bot, task):
    """Not questions about the course: they must never get a course answer."""
    reading = read(course, question)
    assert (reading.about_bot, "task" in reading.cues) == (about_bot, task)


def test_a_course_number_the_page_cites_is_not_another_course(course):
    """'do i need 10-601' asks about this course's prerequisite; '10-601 hw5' is another course's homework."""
    assert not read(course, "do i need 10-601 before taking this").other_course
    assert read(course, "when is 10-601 hw5 due").other_course
    assert read(course, "is 15-213 harder than this class").other_course


def test_an_exam_word_that_dates_something_is_the_next_exam(course):
    """'the next deadline after the exam': the next exam, though the question names none."""
    mention = read(course, "whats the next deadline after the exam").first("exam")
    assert (mention.ids, mention.relation) == (("exam1",), "after")
    assert read(course, "is the exam in person").first("exam") is None  # no relation: every exam is meant


@pytest.mark.parametrize(
    ("question", "title"),
    [("whats lecture 20", "Neural networks: basics"), ("slides for lec 12?", "Principal components regression")],
)
def test_a_numbered_meeting_is_its_schedule_row(second_course, question, title):
    """'lecture 20' is the lecture numbered 20 on the schedule."""
    reading = engine_for(second_course).reader.read(question, NOW)
    rows = [int(m.ids[0]) for m in reading.mentions if m.kind == "topic"]
    assert [second_course.schedule[r].title for r in rows] == [title]


def test_going_to_class_is_attending(course):
    """'do i have to go to recitation': the course's own kind of class, in the words of attendance."""
    assert "attend" in engine_for(course).reader.respell("do i have to go to recitation")
    assert "attend" in engine_for(course).reader.respell("do i need to come to lecture")


def test_the_courses_own_number_is_this_course_and_another_with_its_subject_is_another(second_course):
    """'what is stat 187 about' asks about this course ('stat' is not a typo of 'start'); 'stat 200' is another."""
    reader = engine_for(second_course).reader
    assert "this course" in reader.respell("what is stat 187 about")
    assert reader.read("is stat 200 a good class", NOW).other_course
    assert not reader.read("when is ps4 due", NOW).other_course


def test_an_exam_named_before_review_dates_the_review(second_course):
    """'the midterm review session' is a meeting before the midterm, not the midterm."""
    mention = engine_for(second_course).reader.read("do we have a midterm review session", NOW).first("exam")
    assert mention.relation == "before"


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("hw4 part a and part b due dates", ["hw4a", "hw4b"]),
        ("hw4 prt a and prt b due dates", ["hw4a", "hw4b"]),
        ("hw4 prt a due date", ["hw4a"]),
        ("when are hw4a and b due", ["hw4a", "hw4b"]),
        ("homework 4 part b and hw5 due dates", ["hw4b", "hw5"]),
        ("is hw4 and a question about it", ["hw4a", "hw4b"]),  # "and a": an article, not part a
    ],
)
def test_each_part_named_in_a_row(course, question, ids):
    """ "part a and part b" after an assignment's number: each part named, no more, typos in "part" too."""
    assert sorted(read(course, question).ids("assignment")) == ids


def test_a_letter_typed_apart_after_known_work_is_a_word_of_its_own(course):
    """ "can i still turn in hw3 i forgot": HW3 and the word "i", no unknown "hw3i"."""
    reading = read(course, "can i still turn in hw3 i forgot")
    assert reading.ids("assignment") == ["hw3"]
    assert reading.unknown_assignments == []


def test_a_respelling_kept_for_the_question_is_the_one_made_again(course):
    reader = engine_for(course).reader
    questions = typed_questions("10-605-s24")[:40]
    for question in (*questions, *questions[:10]):  # more questions than are kept, then some again
        assert reader.respell(question) == reader._respell(question)
        assert reader.respell(question) == reader._respell(question)


def test_if_then_what_is_not_a_yes_no(course):
    reading = engine_for(course).reader.read(
        "if hw5 is 3 hours late what's the penalty", local(course, "2024-03-20 10:00")
    )
    assert reading.yes_no is False


def test_does_that_count_as_late_after_a_statement_is_a_yes_no(course):
    reading = engine_for(course).reader.read(
        "i submitted the written on time but the programming 5 min late does that count as late",
        local(course, "2024-03-20 10:00"),
    )
    assert reading.yes_no is True


def test_while_is_not_respelled_into_whole(course):
    assert "while" in engine_for(course).reader.respell("is anything due while i'm gone").split()


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("when is the math 54 final", True),  # a subject code no course of this page goes by
        ("is the cs 61a midterm before ours", True),
        ("when is the econ 101 exam", True),
        ("when is exam 1", False),
        ("is hw 5 due at 11:59", False),  # a piece of work and a time, not a course
        ("what is covered in week 10", False),
    ],
)
def test_another_course_by_its_subject_code_is_noticed(course, question, other):
    assert read(course, question).other_course is other


def test_the_course_s_own_subject_code_is_no_other_course(stat):
    assert not engine_for(stat).reader.read("is stat 187 curved", NOW).other_course


@pytest.mark.parametrize(
    ("question", "regrade"),
    [
        ("i think the grader made a mistake on my hw3", True),
        ("they took off points on hw2 that should have been fine", True),
        ("the rubric was wrong on exam 1", True),
        ("when are hw3 grades released", False),
        ("i got the wrong room for the exam", False),  # something wrong, no grading
        # the student's own grade said to be wrong, or a grade complained of or appealed
        ("my hw2 grade came out last week and i think its wrong", True),
        ("my score on hw4 looks way too low", True),
        ("how long can we appeal a grade", True),
        ("where do i complain about my mark", True),
        ("how many points do we lose for a wrong answer", False),  # a rule about wrong answers, no grade questioned
        ("my grade is fine, when is hw5 due", False),
        # a few words between the complaint and the grade: the grade questioned all the same
        ("is there a deadline to complain about my exam 1 grade", True),
        ("who do i ask about a mistake in my hw 3 mark", True),
        ("can i dispute my final exam score", True),
        ("i made a mistake in my hw3 code, is the grade capped", False),  # the student's own mistake, not the grade's
        # a mark queried, or a review of it asked for once it came out
        ("how long do i have to query a test mark", True),
        ("the mark for hw2 came out 10 days ago, can i still ask for a review", True),
        ("can i get a review session before the midterm", False),  # a review that is no mark's
    ],
)
def test_a_grading_thought_wrong_is_a_regrade(course, question, regrade):
    assert ("regrade" in read(course, question).cues) is regrade


def _with_day_off_titled(course, day, title):
    """The course with one day off retitled (a label naming a person, as a page may)."""

    rows = tuple(replace(r, title=title) if r.date == day else r for r in course.schedule)
    return replace(course, schedule=rows)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("is there a reading list for the final", False),
        ("whats on the reading list", False),
        ("what are we reading for the sugar revolution seminar", False),  # a verb, what the student does
        ("r we reading anything for next week", False),
        ("are there tutorials in reading week", True),
        ("is anything due over reading week", True),
    ],
)
def test_a_word_of_a_day_offs_label_names_it_only_about_the_occasion(hist, question, named):
    """'Reading week' is named by 'reading' only where the question is about that week, not a reading list."""
    reading = engine_for(hist).reader.read(question, local(hist, "2024-10-14 10:00"))
    assert bool(reading.ids("period")) is named


def test_a_persons_name_in_a_day_offs_label_names_the_person(second_course):
    import datetime as dt

    course = _with_day_off_titled(second_course, dt.date(2024, 11, 11), "No lecture: Prof. Vasquez-Marlowe away")
    reading = engine_for(course).reader.read(
        "when are vasquez-marlowe's office hours", local(course, "2024-11-01 10:00")
    )
    assert reading.ids("period") == []
    assert reading.ids("person") == ["elena-vasquez-marlowe"]


def test_a_story_sentences_course_number_stays_in_it(course):
    """'i also have a 15-445 project': that sentence is about another course, the question after it is not."""
    question = "i also have a huge 15-445 project this week. when is the mini project due"
    engine = engine_for(course)
    readings = engine._parts(question, engine.reader.respell(question), at("2024-04-03 16:00"))
    assert [r.other_course for r in readings] == [True, False]


@pytest.mark.parametrize(
    ("question", "series"),
    [
        ("how many problem sets are left", ["problem set"]),
        ("when is the last homework due", ["homework"]),
        ("when is ps3 due", []),
    ],
)
def test_a_series_of_work_is_named_by_the_name_its_titles_share(second_course, question, series):
    reading = engine_for(second_course).reader.read(question, local(second_course, "2024-10-10 10:00"))
    assert reading.ids("series") == series
    assert ("homework_kind" in reading.cues) is bool(series) or "ps3" in question


def test_an_item_by_its_titles_topic_in_any_order(geo):
    reading = engine_for(geo).reader.read("when is the stakes ablation sheet due", local(geo, "2025-03-20 10:00"))
    assert reading.ids("assignment") == ["sheet2"]


def test_the_grouping_word_after_a_unit_is_no_topic(second_course):
    reading = engine_for(second_course).reader.read(
        "what topics are in the modern methods unit", local(second_course, "2024-10-10 10:00")
    )
    rows = {second_course.schedule[int(i)].unit.id for i in reading.ids("topic")}
    assert rows == {"modern"}
    assert "unit" not in reading.content


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("is there a section thursday i could drop into", "attend"),
        ("can i drop in on another lab", "attend"),
        ("when does ps4 drop", "drop"),  # work that drops is released
    ],
)
def test_dropping_into_a_meeting_is_attending_it(second_course, typed, read_as):
    assert read_as in engine_for(second_course).reader.respell(typed).split()


def test_titles_are_looked_up_by_the_questions_words_in_the_courses_order(course):
    """Each word leads to the places of the items whose topic holds it, the same items `title_words_by_word` gives."""
    from bot.understand.question.reading import _title_places

    lexicon = engine_for(course).lexicon
    places = _title_places(lexicon)
    assert places.keys() == lexicon.title_words_by_word.keys()
    for word, where in places.items():
        assert list(where) == sorted(where)
        assert {lexicon.title_words[p] for p in where} == set(lexicon.title_words_by_word[word])


@pytest.mark.parametrize(
    ("question", "due"),
    [
        ("when do i have to finish hw3 by", True),
        ("the mini project, when do we need to get it done by?", True),
        ("what day do i have to submit the survey by", True),
        ("what do we do in lecture by the way", False),
        ("is hw3 graded by the tas", False),
    ],
)
def test_a_by_left_at_the_end_asks_a_deadline(course, question, due):
    """ "when do i have to finish it by": the deadline is asked, whatever names the work."""
    assert ("due" in read(course, question).cues) is due


@pytest.mark.parametrize(
    ("question", "late"),
    [
        ("i missed hw3, can i still make it up", True),
        ("can i make up hw2", True),
        ("i was sick and missed the midterm, can i make it up", False),  # an exam's make-up, not late work
        ("can i make up the exam", False),
    ],
)
def test_making_up_missed_work_is_late_work(course, question, late):
    """ "i missed hw3, can i still make it up": handing the work in after its deadline; an exam's make-up is not."""
    assert ("late" in read(course, question).cues) is late


def test_an_exam_name_inside_a_periods_name_is_the_period(second_course):
    """ "when is the midterm break": a break whose name holds an exam's ("Midterm break (Oct 21-25)", then "Midterm
    break") is that break, all its days; "the midterm" alone is still the exam."""
    import datetime as dt

    from bot.course.model import ScheduleDay

    days = [dt.date(2024, 10, 21) + dt.timedelta(days=i) for i in range(5)]
    rows = [
        ScheduleDay(d, "break", "Midterm break (Oct 21-25)" if i == 0 else "Midterm break") for i, d in enumerate(days)
    ]
    kept = [r for r in second_course.schedule if r.date not in days]
    course = replace(second_course, schedule=tuple(sorted((*kept, *rows), key=lambda r: r.date)))
    reading = read(course, "when is the midterm break")
    assert "exam" not in {m.kind for m in reading.mentions}
    named = next(m for m in reading.mentions if m.kind == "period")
    period = engine_for(course).reader.lexicon.periods[named.ids[0]]
    assert (period.first, period.last) == (days[0], days[-1])
    assert "exam" in {m.kind for m in read(course, "when is the midterm").mentions}


def test_work_told_as_handed_in_is_past(course):
    """'I submitted it saturday' tells of a day gone by; 'what if I submitted' and 'hw3 submitted tomorrow' do not."""
    told = (
        "i submitted hw3 at 2am saturday is that late",
        "we turned in hw3 thursday at 3am",
        "i already uploaded hw3",
    )
    supposed = ("what if i submitted hw3 at 2am saturday", "hw3 submitted tomorrow at 4, is that ok")
    assert [read(course, q).past for q in told] == [True] * len(told)
    assert [read(course, q).past for q in supposed] == [False] * len(supposed)


@pytest.mark.parametrize(
    ("question", "label", "days"),
    [
        ("whats due this week and next week", "this week and next week", 14),
        ("anything due this week or next week", "this week and next week", 14),
        ("whats due this week", "this week", 7),
        ("due this week, not next week", "this week", 7),
    ],
)
def test_two_ranges_joined_by_and_or_or_are_one(course, question, label, days):
    """ "this week and next week" is one range over both; a range not joined so is the first alone."""
    joined = read(course, question).joined_range()
    assert (joined.label, joined.days) == (label, days)


@pytest.mark.parametrize("exam_aliases", [("final exam", "the exam", "final"), ("the exam",)])
def test_an_exam_word_opening_a_name_is_that_name_named_or_implied(exam_aliases):
    """ "before the final essay is due", an assignment named "final essay": the essay, not the final exam (named
    "final" or implied by the word)."""
    hist = course_in("tests/fixtures/courses/hist-210-a24")
    second = hist.assignments[1]
    course = replace(
        hist,
        assignments=tuple(
            replace(a, aliases=(*a.aliases, "final essay")) if a is second else a for a in hist.assignments
        ),
        exams=tuple(replace(e, aliases=exam_aliases) for e in hist.exams),
    )
    now = dt.datetime(2024, 10, 14, 10, 0, tzinfo=course.tz)
    reading = Engine(course).reader.read("any office hours before the final essay is due", now)
    assert [m.ids for m in reading.mentions if m.kind == "assignment"] == [(second.id,)]
    assert not [m for m in reading.mentions if m.kind == "exam"]


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("is there lecture the wednesday before thanksgiving", dt.date(2024, 11, 27)),
        ("whats on the tuesday before thanksgiving break", dt.date(2024, 11, 26)),
        ("is there section on thanksgiving friday", dt.date(2024, 11, 29)),
        ("the monday after thanksgiving", dt.date(2024, 12, 2)),
    ],
)
def test_a_weekday_beside_a_holiday_inside_its_break(stat, question, day):
    """'the wednesday before thanksgiving' is the day before Thanksgiving Day, where the break around it shares its
    name; 'thanksgiving break' and 'thanksgiving friday' still read the break."""
    rows = [
        replace(r, kind="holiday", title="Thanksgiving Day") if r.date == dt.date(2024, 11, 28) else r
        for r in stat.schedule
    ]
    course = replace(stat, schedule=tuple(rows))
    reading = engine_for(course).reader.read(question, local(course, "2024-11-04 10:00"))
    assert [t.first for t in reading.times if t.grain == "weekday"] == [day]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what days do we cover ridge and logistic regression", ["logistic regression", "ridge regression"]),
        ("when are logistic or ridge regression", ["logistic regression", "ridge regression"]),
        ("when is logistic regression", ["logistic regression"]),
    ],
)
def test_two_topics_sharing_their_last_words(stat, question, words):
    """'ridge and logistic regression' names both topics, the first word taking the words after the second."""
    reading = engine_for(stat).reader.read(question, local(stat, "2024-09-10 10:00"))
    topics = [m for m in reading.mentions if m.kind == "topic"]
    named = {" ".join(tag) for m in topics for tag in [reading.tokens[m.start : m.end]]}
    assert {w.split()[0] for w in words} <= {n.split()[0] for n in named}
    assert len({m.ids for m in topics}) == len(words)


@pytest.mark.parametrize(
    "question",
    ["are the recordings posted anywhere", "are the slides up somewhere", "can i find the lecture notes anywhere"],
)
def test_anywhere_is_no_topic(course, question):
    """'are the recordings posted anywhere' asks where they are, never of a schedule topic called 'anywhere'."""
    from bot.understand.engine import read_question

    result = read_question(course, question, NOW)
    assert not any("where" in str(p.slots.get("words", "")) for p in result.parts), result.parts


@pytest.mark.parametrize(
    ("question", "whatif"),
    [
        ("the late penalty on hw4 turned in 28 feb 3:50pm", True),
        ("what do i lose on hw4 handed in on feb 28 at 9am", True),
        ("penalty on hw4 uploaded mar 1 at 2am", True),
        ("hw4 submitted 1 march 11:30pm, penalty?", True),
        ("when is hw4 due", False),
        ("is hw4 due feb 28 at 11:59pm", False),
    ],
)
def test_a_moment_said_as_when_work_goes_in_is_the_what_if(course, question, whatif):
    """A day and hour right after 'turned in', 'handed in', 'submitted', 'uploaded' is when the work goes in."""
    assert ("whatif" in read(course, question).cues) is whatif


@pytest.mark.parametrize(
    ("question", "next_cue"),
    [
        ("whats the first deadline", True),
        ("what's the first due date", True),
        ("deadline for hw1 for the first exam date", False),  # "first" of the exam's date
        ("when is hw2 due, the first midterm attempt is after it", False),
        ("whats the next deadline after the first exam date", True),  # "next" said
    ],
)
def test_first_of_an_exams_date_asks_no_first_deadline(course, question, next_cue):
    """ "for the first exam date", "the first midterm attempt": "first" counts the exam's dates, not the deadlines."""
    assert ("next" in read(course, question).cues) is next_cue


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("where can i watch the lecture recordings", []),  # where to find them, said with what one does there
        ("where do i access the recordings", []),
        ("can i watch the lecture recordings", ["watch"]),  # no "where": the verb is what is asked
    ],
)
def test_the_verb_of_a_where_question_is_where_to_find_it(question, left):
    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    reading = engine_for(chem).reader.read(question, local(chem, "2026-02-10 10:00"))
    assert [w for w in reading.content if w in ("watch", "access")] == left


@pytest.fixture(scope="module")
def stat_by_weekday():
    """STAT 187 with its section 1C also called by its weekday ("wednesday discussion", as a course may name one)."""
    stat = course_in("data/stat-187-f24")
    named = {"1C": ("wednesday discussion", "wednesday noon section")}
    sections = tuple(replace(s, aliases=(*s.aliases, *named.get(s.id, ()))) for s in stat.sections)
    return replace(stat, sections=sections)


@pytest.mark.parametrize(
    ("question", "section", "day"),
    [
        ("which gsi is in the wednesday discussion", "1C", False),  # the section's own name, no day asked
        ("who runs the wednesday noon section", "1C", False),
        ("i'm in the wednesday discussion, is it on today", None, True),  # told as one's own: left to the story
        ("is there discussion on wednesday", None, True),  # the weekday alone is a day
    ],
)
def test_a_section_named_by_its_weekday_is_that_section_not_a_day(stat_by_weekday, question, section, day):
    """ "which demonstrator is in the wednesday stream": the section the course calls so, not next Wednesday."""
    reading = engine_for(stat_by_weekday).reader.read(question, local(stat_by_weekday, "2024-10-01 10:00"))
    assert (reading.ids("section")[:1] or [None])[0] == section
    assert any(t.kind == "day" for t in reading.times) is day


def test_a_work_named_inside_a_kind_of_meetings_name_is_that_kind():
    """ "when and where is the poster session" beside a "Poster" handed in: the session, not the poster."""
    hist = course_in("tests/fixtures/courses/hist-210-a24")
    last = hist.assignments[-1]
    course = replace(hist, assignments=(*hist.assignments[:-1], replace(last, aliases=(*last.aliases, "archive"))))
    reader, now = engine_for(course).reader, local(course, "2024-10-01 10:00")
    reading = reader.read("when and where is the archive visit", now)
    assert reading.ids("kind") == ["visit"]
    assert reading.ids("assignment") == []
    assert reader.read("when is the archive due", now).ids("assignment") == [last.id]  # its own name alone: the work


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("if i do hw4 on saturday instead of friday does it count", []),
        ("can i hand in hw4 monday rather than sunday", []),
        ("can i do the project instead of the final", ["instead"]),
    ],
)
def test_one_day_set_against_another_leaves_no_word_unread(course, question, content):
    """ "on saturday instead of friday": the contrast of two days is read with them; "instead" of anything else is
    still a word of its own."""
    assert [w for w in read(course, question).content if w in {"instead", "rather"}] == content


def test_the_unit_of_a_late_penalty_is_read_with_it(course):
    """ "is late work penalized daily": the unit the late rule counts in, no subject of its own."""
    assert read(course, "is late work penalized daily").content == ["penalized"]


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("is prof. okafor in on friday", "is prof okafor in on friday"),
        ("is dr. okafor on campus friday", "is dr okafor on campus friday"),
        ("is dr.okafor around", "is dr okafor around"),
    ],
)
def test_a_titles_full_stop_is_read_as_the_bare_title(typed, bare):
    """ "is prof. okafor in on friday": the title's full stop ends no question; it reads as "prof okafor" does."""
    from tests.understand.conftest import reply

    chem = course_in("tests/fixtures/courses/chem-1310-s26")
    assert engine_for(chem).reader.respell(typed) == engine_for(chem).reader.respell(bare)
    assert reply(chem, typed, "2026-02-10 10:00")[1] == reply(chem, bare, "2026-02-10 10:00")[1]


@pytest.mark.parametrize(
    ("folder", "now", "question"),
    [
        (
            "tests/fixtures/courses/chem-1310-s26",
            "2026-02-10 10:00",
            "if i go to lecture on friday instead of wednesday does it count",
        ),
        (
            "tests/fixtures/courses/hist-210-a24",
            "2024-10-14 10:00",
            "if i go to the seminar on tuesday instead of monday does it count",
        ),
    ],
)
def test_a_meeting_day_set_against_another_is_no_yes_that_a_meeting_is_held(folder, now, question):
    """ "instead of" a day with no piece of work named is no due day confirmed: no Yes from one day's meetings."""
    said = reply(course_in(folder), question, now)[1]
    assert not first_line(said).startswith("Yes"), said


@pytest.mark.parametrize(
    ("question", "tagged"),
    [
        ("ps8 gets moved bc of the holiday diba?", True),
        ("the quiz opens friday ha?", True),
        ("midterm is at 9 right? and till when", True),
        ("ps8 is due sunday no?", True),
        ("quiz 4 opens friday yeah", True),
        ("haha", False),
        ("is there no class on friday", False),
        ("what time is the ok session", False),
    ],
)
def test_a_statement_with_a_tag_asks_to_confirm_it(course, question, tagged):
    from bot.understand.question.yes_no_shape import ends_with_tag

    assert ends_with_tag(question) is tagged
    assert read(course, question).yes_no or not tagged


def test_a_mode_word_beside_a_section_is_the_mode_not_a_rows_title(hist):
    """ "is t3 online" where a schedule row's title says "(T3 make-up, online)": how the section meets, not a topic
    hedged against it."""
    rows = list(hist.schedule)
    at = next(i for i, r in enumerate(rows) if r.has_class)
    rows[at] = replace(rows[at], title=f"{rows[at].title} (T3 make-up, online)")
    course = replace(hist, schedule=tuple(rows))
    result, said = reply(course, "is t3 online", "2024-10-01 10:00")
    assert [p.intent for p in result.parts] == ["section"], said
    assert first_line(said).startswith("No"), said


@pytest.mark.parametrize("question", ["midterm is in the evening ya?", "the midterm is at 7pm yea?"])
def test_a_short_tag_of_agreement_is_no_word_to_explain(stat, question):
    result, said = reply(stat, question, "2024-10-01 10:00")
    assert result.outcome == "answered", said
    assert first_line(said).startswith("Yes"), said


def test_a_sections_own_name_is_no_topic(hist):
    """ "what time is group t3 tutorial" where a row's title says "(groups T1 and T3)": the section's own name, not
    that row hedged against it."""
    rows = list(hist.schedule)
    at = next(i for i, r in enumerate(rows) if r.has_class)
    rows[at] = replace(rows[at], title="Archive visit (groups T1 and T3)")
    course = replace(hist, schedule=tuple(rows))
    result, said = reply(course, "what time is group t3 tutorial", "2024-10-01 10:00")
    assert result.outcome == "answered", said
    assert "1:00 PM" in said


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("dose hw4 have a part b", "does hw4"),  # "does" mistyped as the question's first word
        ("  deos the midterm have a cheat sheet", "  does the midterm"),
        ("what dose of help do we get", "what dose"),  # "dose" elsewhere is a word of its own
    ],
)
def test_does_mistyped_first_is_read_as_does(course, question, start):
    assert engine_for(course).reader.respell(question).startswith(start)


@pytest.mark.parametrize(
    ("question", "exams", "work"),
    [
        ("is the map quiz on may 12", ["maptest"], []),  # the exam "map quiz", not the work "quiz" inside it
        ("when is the quiz due", [], ["quiz"]),
    ],
)
def test_a_work_name_inside_an_exams_longer_name_is_the_exam(question, exams, work):
    geo = course_in("tests/fixtures/courses/geo-2210-s25")
    reading = read(geo, question)
    assert reading.ids("exam") == exams
    assert reading.ids("assignment") == work


@pytest.mark.parametrize(
    ("question", "unread"),
    [
        ("hw3 due feb 23 correct?", False),  # a tag asking to confirm, as "right?"
        ("is hw3 due feb 23, correct?", False),
        ("is my answer correct", True),  # "correct" said of the answer: a word of its own
        ("my grade is correct?", True),
    ],
)
def test_correct_as_a_tag_is_no_word_of_its_own(course, question, unread):
    assert ("correct" in read(course, question).content) is unread
