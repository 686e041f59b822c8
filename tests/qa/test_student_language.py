"""Round four of the search's student language (issue 13): what a question asks beyond its subject, situations told
instead of asked, numbers that mean something else, and words that undo or qualify what an entry is about."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.qa.asked import GIVES_TIME, asked_of, gives_time, unanswered_count, unanswered_when
from bot.qa.ranking import Candidate, rank
from bot.qa.terms import terms_of


@pytest.mark.parametrize(
    ("student", "staff"),
    [
        ("what date is the excursion", "when is the field trip"),
        ("i have a family wedding that day", "i can't take part"),
        ("one person in our group hasn't done anything", "a member of our group doesn't do anything"),
        ("are there old exams to practice with", "is there a mock exam"),
        ("we missed the deadline by 2 hours", "we handed it in late"),
        ("is this on spark 3 or spark 4", "which spark version"),
        ("gradescope gives me 60/100", "my grade on gradescope"),
        ("the values are like 0.00012", "they come out as tiny numbers"),
        ("the kernel restarts every time", "the kernel died, out of memory"),
        ("qgis just closes without a message", "qgis crashes"),
        ("how many words should the report be", "how long should the report be"),
        ("do we write it with our lab group", "is it written in the group"),
        ("can i try it again", "how many attempts"),
        ("i put the old notebook in the zip by mistake", "i uploaded the wrong file"),
        ("do all 3 of us have to upload it", "does every group member have to upload it"),
        ("can i bring the textbook to the midterm", "is the midterm open book"),
        ("where are the input files", "where do i get the data"),
        ("what the error means", "help me debug"),
        ("who i worked with", "the collaboration statement"),
        ("can i use the PCs in the computer lab", "the university computers"),
    ],
)
def test_the_student_and_the_staff_meet(student, staff):
    assert set(terms_of(student).concepts) & set(terms_of(staff).concepts) - {"askwhen", "askcount", "asklength"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("one person in our group", "teamsize"),  # a person, not a count of people
        ("what textbook should i buy", "openbook"),  # a textbook to buy is not an open-book exam
        ("is there a required textbook", "attend"),  # required reading is not attendance
        ("meet at 3/14 at noon", "grade"),  # a date is not a score
        ("python 3 hours of homework", "version"),  # a number of hours is not a release
        ("way easier to do it in pandas", "difficulty"),  # the student's reason, not a question of how hard
    ],
)
def test_what_a_phrase_does_not_mean(text, absent):
    assert absent not in terms_of(text).concepts


def test_what_date_asks_when_and_says_it_once():
    assert terms_of("what date is the excursion").concepts == terms_of("when is the excursion").concepts


def test_a_method_name_holds_its_object():
    assert "panda" in terms_of("can i just call toPandas() on it").concepts


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is there a page limit on the proposal?", "asklength"),
        ("is there a word limit for the report", "asklength"),
        ("is there a cap on how many times i can submit", "askcount"),
        ("is there a limit on submissions", "askcount"),
        ("is there a mock exam?", None),
    ],
)
def test_a_yes_no_question_about_a_limit_asks_how_many(question, asked):
    assert asked_of(question) == asked


def test_an_answer_that_gives_a_time_can_answer_when():
    assert gives_time("Send it by Friday 5 pm.")
    assert gives_time("Within a day of each lecture.")
    assert gives_time("After the recitation that goes over it.")
    assert not gives_time("Yes. Make a private post to your mentor before you start on it.")
    assert unanswered_when("askwhen", None, ["topic"])
    assert not unanswered_when("askwhen", None, ["topic", GIVES_TIME])
    assert not unanswered_when("askwhen", "askwhen", ["topic"])
    assert not unanswered_when(None, None, ["topic"])


def test_a_length_needs_an_entry_that_asks_it_or_gives_a_number():
    assert unanswered_count("asklength", None, ["topic"])
    assert not unanswered_count("asklength", "asklength", ["topic"])


FAQ = [
    ("Where can I find practice exams?", "On the course site."),
    ("How do I install PySpark on my laptop?", "pip install pyspark."),
    ("How do I get AWS credits?", "Fill in the form."),
    ("When and where is the field trip?", "On 14 June; we meet at the station at 8:00."),
    ("How long should the field-trip report be?", "At most 8 pages."),
    ("What does a map in the field-trip report need?", "A scale bar and a north arrow."),
    ("Is the field-trip report written individually?", "In your group."),
    ("Can we change our mini-project topic after the proposal?", "Yes. Make a private post to your mentor."),
    ("Where do we submit the mini-project proposal?", "On Gradescope."),
]


def _rank(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), _answer(a)) for i, (q, a) in enumerate(FAQ)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [FAQ[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


def _answer(text: str):
    terms = terms_of(text)
    return type(terms)((*terms.concepts, GIVES_TIME), terms.identifiers) if gives_time(text) else terms


@pytest.mark.parametrize(
    "question",
    [
        "are the practice exams about as hard as the real one?",  # how hard: the entry never says
        "do the aws credits expire at the end of the semester?",  # past the term: the entry never says
        "how do i uninstall pyspark from my laptop?",  # undoing what the entry does
        "which citation style should the field-trip report use?",  # meets three entries in the same words only
        "when is the mini-project proposal due?",  # when: neither asked nor given by the entry
    ],
)
def test_a_question_an_entry_only_seems_to_answer_gets_nothing(question):
    assert _rank(question) == []


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("where can i find old exams to practice with", "Where can I find practice exams?"),
        ("how do i set up pyspark on my mac", "How do I install PySpark on my laptop?"),
        ("what date is the excursion and where do we meet?", "When and where is the field trip?"),
        ("how many words should the field trip report have", "How long should the field-trip report be?"),
    ],
)
def test_the_entry_that_answers_is_still_found(question, entry):
    assert _rank(question)[:1] == [entry]


@pytest.mark.parametrize(
    ("student", "staff"),
    [
        ("i've never coded in my life", "Do I need programming experience?"),
        ("is the help session something i need to book", "Do I need an appointment?"),
        ("is there a better way to reach out to her", "How should I contact my TA?"),
        ("is there a sample midterm from last semester", "Are there practice exams?"),
        ("i think problem 12 is bugged", "a problem is broken or throws an error"),
        ("what if i go over the 2 allowed absences", "if I am absent more than twice"),
        ("is it due 11:59 our time", "Which time zone is used?"),
        ("how many hours a week do people put in", "How much should I study?"),
        ("i missed the quiz, is there any make up", "I missed a quiz because I was sick. Can I make it up?"),
        ("i missed the midterm", "is there a makeup exam"),
        ("im failing the class", "What do I need to pass the course?"),
        ("do we pick our own groups", "Can I choose my teammates?"),
    ],
)
def test_everyday_words_of_round_twelve_meet_the_staffs(student, staff):
    """Coding is programming, booking is an appointment, reaching out is contact, a sample midterm is a practice exam,
    bugged is an error, absences are being absent, one's own clock is a time zone, hours a week are studying, making
    it up is a makeup, a missed exam is one, failing is a question of passing and picking is choosing."""
    assert set(terms_of(student).concepts) & set(terms_of(staff).concepts) - {"askwhen", "askcount", "asklength"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("do we actually need the stewart book", "appointment"),  # a book to read is no booking
        ("what exactly happens in that session", "exactly"),  # filler, in questions and entries alike
        ("can i reach an A with extra credit", "contact"),  # reaching a grade is no contact
        ("is there any way to get bonus points in this class", "class"),  # the course, not a class meeting
        ("how long do they usually take", "usually"),  # a hedge
        ("if i fail the exam and do the retake", "error"),  # failing an exam is no error in code
        ("can i pick up my graded exam", "choose"),  # picking up is collecting, not choosing
        ("can i go to the other section's lecture", "compulsory"),  # going somewhere is no rule about attending
    ],
)
def test_what_round_twelves_words_do_not_mean(text, absent):
    assert absent not in terms_of(text).concepts
