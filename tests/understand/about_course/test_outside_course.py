"""Questions about something other than this course (bot.understand.about_course.outside_course): out of scope, said
so."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.understand.about_course.outside_course import asked_elsewhere, outside_course
from tests.understand.conftest import reply


def _never(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    "question",
    [
        "when is the 10-601 hw due",
        "what room is the cs 101 midterm in",
        "how do i change my tutorial group for next term in another module",
        "when does winter break start for the university",
        "whats the deadline to drop a class",
        "how do i withdraw from a course with a W",
        "what time does the rec center close tonight",
        "does the campus shuttle run on sunday",
        "what's the difference between a privateer and a pirate",
        "whats the molar mass of glucose",
        "whats the psei at today",  # a market's level now
        "what is the nasdaq trading at rn",
        "when does my student grant get paid out this month",  # money paid to the student by others
        "when is payday for the stipend",
    ],
)
def test_another_course_the_university_campus_and_the_subject(course, question):
    assert outside_course(course, question, holds=_never)


@pytest.mark.parametrize(
    "question",
    [
        "when is hw3 due",
        "whats the difference between 10-405 and 10-605",
        "i have an exam in another course that day, can i take exam 1 early",
        "I also have a huge 15-445 project. When is the mini-project due?",
        "the registrar put my econ final in the same slot. is there a conflict form for exam 2?",
        "my rec center job runs late on tuesdays. can i get an extension on hw3?",
        "whats the deadline to drop the lowest homework",
        "what's the difference between grace days and the late penalty",
        "what's the difference between exam 1 and exam 2",
        "is there class at 1130 in room 310",
        "when is spring break",
        "whats my grade at right now",  # the course's own figure, asked of now
        "whats the hw3 score at now",
    ],
)
def test_this_course_is_not_out_of_scope(course, question):
    assert outside_course(course, question, holds=_never) is None


def test_a_service_the_course_names_is_its_own(course):
    assert outside_course(course, "is the gym open", holds=lambda w: w == "gym") is None
    # a course that pays (research participants paid out in vouchers) keeps its payout
    assert outside_course(course, "when does the study get paid out", holds=lambda w: w in ("paid", "out")) is None


def test_where_a_service_the_course_names_is_is_still_not_the_course(course):
    """ "where is the bookstore on campus" of a page selling goggles at the campus bookstore: it names the shop but
    never says where it is; a question about the service's goods stays the course's."""
    sold = lambda w: w == "bookstore"  # noqa: E731
    said = outside_course(course, "where is the bookstore on campus", holds=sold)
    assert said is not None
    assert "names it but does not say where it is" in said
    assert outside_course(course, "wheres the bookstore?", holds=sold)
    assert outside_course(course, "do they sell goggles at the bookstore", holds=sold) is None
    assert outside_course(course, "where is the bookstore for the lab coats", holds=sold) is None


def test_the_engine_says_so_and_gives_no_schedule_line(stat):
    result, said = reply(stat, "when does winter break start for the university", "2024-12-03 10:00")
    assert result.answer.kind == "unknown"
    assert "university" in said
    assert "Thanksgiving" not in said
    result, _ = reply(stat, "is ps6 due friday and is the campus shuttle running", "2024-12-03 10:00")
    assert result.answer.kind != "unknown"  # the course part is answered; the shuttle part is not this part


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("when does spring semester start", True),
        ("when does next semester start", True),
        ("is there a fall 2025 version", True),
        ("i took it last semester, when is the final", False),
        ("whats due in fall break", False),
        ("when does the fall semester end", False),  # STAT 187's own term
        ("who teaches stat 187 next fall", True),  # the next one of its own season is another term
        ("whats the deadline to apply for study abroad next year", True),
        ("is the final before next year lol", False),  # a time this term's things are placed against
    ],
)
def test_another_term_is_not_this_course(stat, question, other):
    """ "when does spring semester start" of a Fall course: another term, which the page does not cover."""
    said = outside_course(stat, question, holds=lambda _: False)
    assert (said is not None and "Fall 2024" in said) is other


@pytest.mark.parametrize(
    ("term", "question", "other"),
    [
        ("Semester One 2027", "when does semester 2 start", True),  # the course's number spelled out
        ("Semester One 2027", "when does second semester start", True),
        ("Semester One 2027", "is the exam in semester two", True),
        ("Semester One 2027", "when does semester 1 end", False),
        ("First Semester 2026", "when does sem 2 start", True),
        ("Second Semester 2026", "when does semester two end", False),
        ("Trimester II 2026", "when does trimester 3 start", True),
        ("Trimester II 2026", "does trimester 2 have a break", False),
    ],
)
def test_a_terms_number_in_words_or_numerals_is_compared_as_a_number(stat, term, question, other):
    """ "Semester One", "First Semester", "Trimester II": the course's own number however written; another number
    is another term."""
    said = outside_course(replace(stat, term=term), question, holds=lambda _: False)
    assert (said is not None and term in said) is other


def test_a_story_read_while_the_asking_part_is_elsewhere_is_out_of_scope(stat):
    """ "random q, i'm flying out on the 13th. does the campus shuttle run that early": the shuttle, not a topic."""
    question = "random q, i'm flying home on the 13th for the holidays. does the campus shuttle run early?"
    story = "random q, i'm flying home on the 13th for the holidays"
    assert asked_elsewhere(stat, question, story, holds=lambda _: False)
    assert asked_elsewhere(stat, question, "does the campus shuttle run early", holds=lambda _: False) is None


@pytest.mark.parametrize(
    "question",
    [
        "how many credits is this module",
        "who issues an enrolment letter for my visa",
        "can i get my transcript from you",
        "could i take an incomplete in this class",
        "which staff in the history department supervise dissertations",
        "which professors in the department do research on this",
    ],
)
def test_records_incompletes_and_the_department_are_not_the_course(stat, question):
    """Credits, enrolment letters, transcripts, incomplete grades and the department's staff: not on the page."""
    assert outside_course(stat, question, holds=lambda _: False) is not None


@pytest.mark.parametrize(
    "question", ["which staff run the discussion sections", "how many problem sets are there", "is ps6 incomplete"]
)
def test_the_course_s_own_staff_and_work_stay_in_scope(stat, question):
    """The course's own staff and work are this course's, whatever words they share with the registry's."""
    assert outside_course(stat, question, holds=lambda _: False) is None


@pytest.mark.parametrize(
    "question", ["when is the next session", "when does t2 meet", "how many units are there", "is s2 on tuesday"]
)
def test_a_class_session_or_a_group_name_is_not_another_term(stat, question):
    """ "the next session" is a class's, "t2" a group's name, "units" the course's own: never another term."""
    said = outside_course(stat, question, holds=lambda _: False)
    assert said is None or "not Fall 2024" not in said


@pytest.mark.parametrize(
    "question", ["when is the first CSC1015F assignment due", "where is the mam1006s lecture", "psy2002w exam date"]
)
def test_a_number_with_a_term_letter_is_another_course(course, stat, question):
    for c in (course, stat):
        assert outside_course(c, question, holds=_never)


def test_the_course_s_own_number_with_or_without_its_term_letter_is_its_own(hist):
    """ "MAM1005F" is "mam1005" to its students: their exam, not another course's."""
    lettered = replace(hist, numbers=("HIST210F",))
    for question in ("when is the hist210f exam", "when is the hist210 exam", "where is the hist 210 lecture"):
        assert outside_course(lettered, question, holds=_never) is None
    assert outside_course(lettered, "when is the hist211f exam", holds=_never)


@pytest.mark.parametrize(
    "question",
    [
        "how is 10-601 graded?",  # a number the page lists as a prerequisite
        "hows 10-301 graded",
        "is 10-701 graded on a curve",
        "whats the grading like in 10-601",
        "how are grades calculated for 10-315",
        "whats the late policy for 10-601",  # a rule of another course
        "what are the collaboration rules in 10-301",
    ],
)
def test_another_courses_grading_is_out_of_scope(course, question):
    assert "10-" in (outside_course(course, question, holds=_never) or "")


@pytest.mark.parametrize(
    "question", ["how is 10-605 graded", "is 10-601 a prereq", "what grade do i need in 10-601", "how is hw3 graded"]
)
def test_this_courses_grading_and_its_prerequisites_are_not(course, question):
    assert outside_course(course, question, holds=_never) is None


def test_the_engine_gives_no_card_that_merely_lists_the_number(course):
    result, said = reply(course, "how is 10-601 graded?", "2024-02-12 10:00")
    assert result.answer.kind == "unknown"
    assert "Prerequisites" not in said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what time does the engineering library close", "opening hours"),
        ("when does the gym open on weekends", "opening hours"),
        ("library hours on sunday?", "opening hours"),
        ("until what time is the bookstore open", "opening hours"),
        ("is the national gallery open on mondays", "opening hours"),  # a place the course visits: its days too
        ("are the city museums closed over easter", "opening hours"),
        ("is utilitarianism actually right tho", "view on the subject"),
        ("is bayesian inference really better", "view on the subject"),
        ("what do you think of kant", "view on the subject"),
        ("do you agree with mill", "view on the subject"),
    ],
)
def test_a_facilitys_hours_and_a_view_on_the_subject_are_out_of_scope(course, question, said):
    """Even where the course names the place (a textbook on reserve in the library), it keeps no opening hours; no
    page settles a view on the subject."""
    assert said in (outside_course(course, question, holds=lambda word: True) or "")


@pytest.mark.parametrize(
    "question",
    [
        "is my answer to q3 actually right",
        "is the due date really right",
        "is it really true that lectures are recorded",
        "when is the library session for the project",
        "is the museum visit on friday",
        "is the gallery essay open for submissions",
    ],
)
def test_ones_own_work_or_the_courses_figures_are_not_a_view(course, question):
    assert outside_course(course, question, holds=lambda word: True) is None


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between the homework grading and the exam version of it",  # every word the course's
        "whats the difference between hw3 and hw4",
        "can you explain how to calculate my final grade",
        "i dont get how to submit hw3 on gradescope",
        "explain how to do exam 2 question 4 again",
        "walk me through how the late days work",
        "can you explain the collaboration policy",
        "i dont get the grading for the project",
        "explain hw3 question 2 instructions",
        "i dont understand why i lost points",
        "can you write my extension request for me",
        "can i ask chatgpt to explain backprop to me",  # a tool's explaining: the AI policy's business
        "how do you calculate the late penalty",
        "how do i compute my gpa from the letter grades",
        "how would i estimate my final grade",
    ],
)
def test_course_comparisons_and_how_tos_stay_in_scope(course, question):
    """Comparing the course's own things, or a how-to about its grades, work and rules, is the course's business."""
    assert outside_course(course, question, holds=_never) is None


@pytest.mark.parametrize(
    "question",
    [
        "whats the difference between homework regularization and ridge",  # "homework" is the course's, "ridge" not
        "what's the difference between a map task and a reduce task",
        "can someone explain how to do backprop by hand, i dont see where the chain rule goes",
        "i don't understand how to find the gradient of the logistic loss",
        "how do you derive the closed form for least squares",
        "how do you calculate the entropy of a split from the table",
        "how would i estimate the number of distinct items with a count-min sketch",
        "how do we interpret the p value in a hypothesis test",
        "could you walk me through how to compute a dot product in numpy",
        "pls explain gradient boosting, the lecture went way too fast",
        "i dont understand the bias variance tradeoff at all",
        "how would you say 'thank you very much' in german",
        "can u translate this paragraph into spanish",
    ],
)
def test_the_subject_compared_or_taught_is_not_the_course(course, question):
    """A comparison with a side the course never names, or a request to be taught, is the subject, not the course."""
    assert outside_course(course, question, holds=_never)


def test_a_lecture_titled_with_the_subject_does_not_make_teaching_in_scope(stat):
    """Asked to be taught a topic a lecture is named for, the engine says so instead of giving the lecture's row."""
    for question in (
        "can someone explain how to do cross validation, i dont get how to pick k",
        "how do you derive the lasso",
    ):
        result, said = reply(stat, question, "2024-10-01 10:00")
        assert result.answer.kind == "unknown"
        assert "taught" in said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("whats the weather gonna be like for the midterm", "weather forecast"),
        ("will it rain on the day of the midterm", "weather forecast"),
        ("any recommendations for a stats professor next semester", "next semester"),  # another term's, said so
        ("any recs for a good ml prof next sem", "advice beyond"),
    ],
)
def test_the_weather_and_advice_on_other_terms_are_not_the_course(stat, question, said):
    """The forecast and which instructor to take next term: no course page gives them."""
    why = outside_course(stat, question, holds=lambda w: False)
    assert why is not None
    assert said in why
    result, _ = reply(stat, question, "2024-10-01 10:00")
    assert result.answer.kind in ("unknown", "unsure")


@pytest.mark.parametrize(
    "question",
    ["is the midterm still on if it rains", "what happens if the weather is bad on the day of the midterm"],
)
def test_what_the_course_does_about_the_weather_is_asked_of_the_course(stat, question):
    """ "still on if it rains" asks the course's plan, not the forecast."""
    assert outside_course(stat, question, holds=lambda w: False) is None


@pytest.mark.parametrize(
    "question",
    [
        "could you just write my essay for me",
        "can u do my homework 4 lol",
        "would you code the whole project for me",
    ],
)
def test_the_work_itself_asked_done_is_not_the_course(course, question):
    """A request that the bot do the student's work, even one of the course's items, is said to be beyond it."""
    why = outside_course(course, question, holds=_never)
    assert why is not None
    assert "do the work" in why


@pytest.mark.parametrize(
    "question",
    [
        "can someone just send me the quiz 2 answers lol",
        "could u share us the hw3 solutions",
        "anyone got the answer key for the lab quiz",
        "pls dm me all the answers to the midterm",
    ],
)
def test_the_answers_asked_for_are_not_the_course(course, question):
    """A request for the answers to the course's work is refused plainly, never met with a policy card."""
    why = outside_course(course, question, holds=_never)
    assert why is not None
    assert "answers to the course's work" in why


@pytest.mark.parametrize(
    "question",
    [
        "when are the hw3 solutions posted",
        "will the answers to quiz 2 be released",
        "can i send my answers by email",
        "do we get the answer key after the exam",
    ],
)
def test_when_answers_are_released_is_the_courses_own_question(course, question):
    """Asking when solutions come out, or how to send one's own answers, is the course's business."""
    assert outside_course(course, question, holds=_never) is None


@pytest.mark.parametrize(
    "question",
    [
        "i cant get to campus on friday, is lecture recorded",
        "i can't get a lift to the exam, can i sit it online",
        "can't get home before the deadline, can i submit from my phone",
        "i cant get my code to compile, can i come to office hours",
        "i can't get jupyter working on my laptop",
        "i dont get into town until monday, what did i miss",
        "i don't get the proof, will it be on the midterm",
    ],
)
def test_a_difficulty_told_or_a_question_after_it_is_not_a_request_to_be_taught(course, question):
    """ "can't get to / a ride / my code to build" is a situation, and a course question after it is the question."""
    assert outside_course(course, question, holds=_never) is None


@pytest.mark.parametrize(
    "question",
    [
        "i dont get bayes rule, can you explain it",
        "i don't understand eigenvectors, what do they even mean",
        "i cant get the chain rule at all",
    ],
)
def test_a_concept_not_understood_and_asked_to_be_taught_still_is(course, question):
    """A concept not understood, with nothing else asked or with an explanation asked after it, is the subject."""
    assert outside_course(course, question, holds=_never)


@pytest.mark.parametrize(
    ("question", "taught"),
    [
        ("i don't understand the curve", False),  # a rule noun of every course
        ("explain what counts as plagiarism", False),
        ("can you explain the handwritten notes thing", False),  # STAT 187's exam rules hold both words
        ("pls explain the student id rule", False),
        ("explain the bias variance tradeoff", True),  # the subject: no rule of the course holds it
        ("i dont get bayes rule", True),  # "rule" names nothing of its own
    ],
)
def test_a_rule_the_course_states_asked_to_be_explained_is_the_courses(stat, question, taught):
    """What the course's own rules hold (exam rules, grading, policies), asked to be explained, is not tutoring."""
    assert bool(outside_course(stat, question, holds=_never)) is taught


def test_a_concept_related_to_another_is_still_the_subject(course):
    """ "to" alone is no setup: "the relation to entropy" is a concept, not code that fails to build."""
    assert outside_course(course, "i dont get the relation of cross entropy to kl divergence", holds=_never)


@pytest.mark.parametrize(
    "question",
    [
        "who do i talk to about my housing",
        "is there someone i can talk to about rent",
        "who should i ask about my student loans",
        "where do i go with my visa",
        "where can i get a flu shot on campus",  # the student's own health care
        "how do i get a vaccination for the trip abroad",
    ],
)
def test_a_students_own_matter_is_not_the_course(stat, question: str) -> None:
    """Housing, rent, loans, a visa: not something the course page covers, said so with where course matters go."""
    said = outside_course(stat, question, holds=_never)
    assert said is not None
    assert "not something STAT 187's course page covers" in said


@pytest.mark.parametrize(
    "question",
    [
        "can i get an extension on ps3 for my housing issue",  # the course's work, with a story
        "is there a ta who can help me with my immigration paperwork",  # whether its staff do
        "who do i talk to about my grade",
    ],
)
def test_course_business_beside_a_matter_stays_the_course(stat, question: str) -> None:
    assert outside_course(stat, question, holds=_never) is None


def test_a_matter_the_course_text_holds_is_its_own(stat) -> None:
    """A course whose own text names housing (a topic) is asked of that topic."""
    assert outside_course(stat, "who do i talk to about my housing", holds=lambda w: w == "housing") is None


@pytest.mark.parametrize(
    "question",
    [
        "who teaches the sequel next fall",
        "whats the application deadline for study abroad for next year",
        "will it be offered again next spring",
        "r the exams online nxt year",
    ],
)
def test_a_term_after_this_one_is_not_this_course(stat, question):
    """ "next fall", "next year": a term after the course's own, which its page does not cover."""
    said = outside_course(stat, question, holds=_never)
    assert said is not None
    assert "Fall 2024" in said


@pytest.mark.parametrize(
    "question",
    [
        "when is next spring break",  # a break, not a term
        "if i fail can i take it next year",  # a condition of a question about this course
        "is there class next week",
        "im graduating next year, do i need to take the final exam",  # the student's plans, told
        "i'm going abroad next spring so can i take the final early",
    ],
)
def test_a_break_or_a_condition_is_not_another_term(stat, question):
    assert outside_course(stat, question, holds=_never) is None


def test_next_year_of_a_course_spanning_two_years_is_its_own(stat):
    """A course whose exams fall in January: "next year" may be its own exam season."""
    final = stat.exams[-1]
    spanning = replace(stat, exams=(*stat.exams[:-1], replace(final, date=final.date.replace(year=2025, month=1))))
    assert outside_course(spanning, "is the final next year", holds=_never) is None
    assert outside_course(stat, "is the final next year", holds=_never) is not None


@pytest.mark.parametrize(
    "question",
    [
        "how do i extend my student visa",
        "how do i renew my residence permit",
        "where do i open a bank account",
        "whats the deadline for erasmus applications",
        "who do i talk to about the exchange program",
        "where do i find an apartment",
        "can i get a letter for my visa extension",  # the visa's extension, not the course's
        "who is the erasmus coordinator",
        "when is the exchange application deadline",
        "where do i register my address",
    ],
)
def test_a_matter_handled_with_a_verb_or_a_deadline_of_its_own_is_not_the_course(stat, question: str) -> None:
    """Settling in and going abroad: the student's own matter, asked with what they do about it."""
    said = outside_course(stat, question, holds=_never)
    assert said is not None
    assert "not something STAT 187's course page covers" in said


@pytest.mark.parametrize(
    "question",
    [
        "can i get an extension for my ps3, my visa appointment is that day",
        "whats the deadline for the project",
        "whats the email address for the ta",  # an address asked, not registered
        "how do i get a regrade on my exchange of messages with the ta",
    ],
)
def test_the_course_s_own_deadline_beside_a_matter_stays_the_course(stat, question: str) -> None:
    assert outside_course(stat, question, holds=_never) is None
