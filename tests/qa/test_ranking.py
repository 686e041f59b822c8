"""Ranking: both questions must be about the same things; numbered things must agree; nothing when unsure."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.qa.asked import (
    GIVES_LENGTH,
    GIVES_NUMBER,
    GIVES_TIME,
    asks_time_allowed,
    gives_length,
    gives_number,
    gives_time,
    not_asked,
)
from bot.qa.ranking import (
    Candidate,
    Scored,
    answer_enough,
    clear_with_answer,
    leaves_out,
    more_shared_first,
    parts_disagree,
    rank,
    score,
    siblings_disagree,
    situations_named,
    unnamed_instances,
    with_runners_up,
)
from bot.qa.terms import Terms, terms_of

FAQ = [
    ("Can I bring a cheat sheet to the exam?", "One sheet, both sides."),
    ("Are calculators allowed during exams?", "A basic calculator."),
    ("Is there a mistake in hw3?", "The errata for hw3 are pinned."),
    ("How do I install PySpark?", "pip install pyspark; install Java first."),
]


def _rank(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(FAQ)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [FAQ[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


def test_a_paraphrase_finds_its_entry_first():
    assert _rank("are we allowed a crib sheet in the test")[0] == FAQ[0][0]
    assert _rank("pyspark installation help")[0] == FAQ[3][0]


def test_one_shared_common_word_is_not_enough():
    """'when is the exam' shares 'exam' with two entries and is about neither."""
    assert _rank("when is the exam") == []


def test_a_different_numbered_thing_is_not_suggested():
    assert _rank("is there a mistake in hw4")[:1] != [FAQ[2][0]]
    assert _rank("is there a mistake in hw3")[:1] == [FAQ[2][0]]


def test_unrelated_questions_get_nothing():
    assert _rank("best pizza near campus") == []


@pytest.mark.parametrize(
    ("asked", "entry", "disagree"),
    [
        ("are the homework solutions posted", "Will you post solutions to the practice exam?", True),
        ("is there a practice final", "Is there a practice midterm?", True),
        ("is there a practice exam", "Is there a practice midterm?", False),
        ("is the final exam cumulative", "Are the exams cumulative?", False),
        ("are recitations recorded", "Are discussion sections recorded?", False),
        ("page limit for the final report", "Is there a page limit for the project?", False),
        ("can i use colab", "Is the midterm open book?", False),
    ],
)
def test_a_question_about_one_part_of_the_course_is_not_answered_by_another(asked, entry, disagree):
    assert parts_disagree(terms_of(asked).concepts, terms_of(entry).concepts) is disagree


def test_sharing_only_the_part_of_the_course_is_not_enough():
    """ "Are lectures recorded?" is about recordings; a question about food in lecture shares only the lectures."""
    faq = [("Are lectures recorded?", "Yes, on the course site."), ("How do I install PySpark?", "pip install it.")]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    assert rank(terms_of("can i bring food to lecture"), candidates, df, 2) == []
    assert rank(terms_of("is parking allowed at lecture"), candidates, df, 2) == []
    assert [s.key for s in rank(terms_of("can i rewatch lectures"), candidates, df, 2)] == [0]


NEIGHBOURS = [
    ("Where do we submit the project proposal?", "On the course site, one per team."),
    ("Are lectures recorded?", "Yes, on the video site."),
    ("Is the midterm open book?", "No; one sheet of notes."),
]


def _rank_neighbours(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(NEIGHBOURS)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [NEIGHBOURS[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


@pytest.mark.parametrize(
    "question",
    ["when is the project proposal due", "are office hours recorded", "is the final open book"],
)
def test_a_neighbouring_attribute_of_the_same_subject_is_not_suggested(question):
    """The subject matches, the asked thing (when vs where, which meeting, which exam) does not."""
    assert _rank_neighbours(question) == []


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("where do i upload the project proposal", "Where do we submit the project proposal?"),
        ("how do we hand in the project proposal", "Where do we submit the project proposal?"),
        ("is there a video of lectures", "Are lectures recorded?"),
        ("can we have notes out during the midterm", "Is the midterm open book?"),
    ],
)
def test_the_same_asked_thing_is_still_suggested(question, entry):
    assert _rank_neighbours(question)[:1] == [entry]


@pytest.mark.parametrize(
    ("asked", "entry", "answer", "disagree"),
    [
        ("what java version does the autograder run", "What Python version does the autograder use?", "3.10", True),
        ("can I switch my section permanently", "Can I attend a different section this week?", "Ask the TA.", True),
        ("how do I get added to canvas", "How do I get added to Gradescope?", "Use the entry code.", True),
        ("can we use dask for the project", "Does the project have to use Spark?", "Spark, Dask or Ray.", False),
        ("which python version does the autograder use", "What Python version does the autograder use?", "", False),
        ("can I switch sections", "Can I attend a different section this week?", "Ask the TA.", False),
        ("was sick on the day of the test, can i sit it later", "My test clashes with another.", "Email us.", True),
        ("slept through my alarm and missed the quiz", "My quiz clashes with my lab.", "Tell the TA.", True),
        ("i have two finals at the same time", "I missed the final because I was sick.", "Bring a note.", True),
        ("slept through the midterm", "I missed the midterm because I was sick.", "Email us.", False),
        ("sick on exam day", "My exam clashes with another one.", "A clash or being sick: email us.", False),
        ("can i use my ti-84 on the quiz", "Can I use my notes during a quiz?", "No notes.", True),
    ],
)
def test_a_different_instance_of_one_kind_of_thing_is_not_answered(asked, entry, answer, disagree):
    concepts = terms_of(asked).concepts
    assert siblings_disagree(concepts, terms_of(entry).concepts, terms_of(answer).concepts) is disagree


NEAR = [
    ("How many attempts do I get on PrairieLearn questions?", "Three attempts per question."),
    ("How does using a grace day work?", "Submit late and they are counted automatically."),
    ("Can I use grace days on the project?", "No. They only apply to the homework."),
    ("What Python version does the autograder use?", "Python 3.10."),
    ("Can I attend a different discussion section this week?", "Yes, with room in it."),
]


def _rank_near(question: str) -> list[str]:
    from bot.qa.asked import GIVES_NUMBER, gives_number
    from bot.qa.terms import Terms

    def answer(text: str) -> Terms:
        terms = terms_of(text)
        return Terms((*terms.concepts, GIVES_NUMBER), terms.identifiers) if gives_number(text) else terms

    candidates = [Candidate(i, terms_of(q), answer(a)) for i, (q, a) in enumerate(NEAR)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [NEAR[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


@pytest.mark.parametrize(
    "question",
    [
        "how many attempts do I get on the midterm?",  # an exam the entry never names, on a subject of its own
        "how many grace days do we get in total?",  # a number no entry gives
        "what java version does the autograder run?",
        "can I permanently switch to another discussion section?",
    ],
)
def test_a_question_on_a_sibling_of_an_entrys_subject_gets_nothing(question):
    assert _rank_near(question) == []


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how many attempts do we get on each prairielearn question?", NEAR[0][0]),
        ("how do grace days get applied when I submit late?", NEAR[1][0]),
        ("which python version is on the autograder?", NEAR[3][0]),
        ("can I go to another discussion section this week?", NEAR[4][0]),
    ],
)
def test_the_entry_itself_is_still_found(question, entry):
    assert _rank_near(question)[:1] == [entry]


# Round 5 of issue 13: an entry's answer stands in for its question when no entry's question meets the question.
ANSWERED = [
    ("Which referencing style do I have to use?", "APA, with a DOI for every dataset and a permalink for every map."),
    ("Can I bring a cheat sheet to the exam?", "One sheet, both sides."),
    ("How do I install PySpark?", "pip install pyspark; install Java first."),
    ("Is there a mistake in hw3?", "The errata for hw3 are pinned."),
    ("How long should the report be?", "At most ten pages, appendix not counted; every map needs a legend."),
    ("Can I use a tablet during the lecture?", "Yes, but keep it silent; laptops too."),
]


def _rank_answered(question: str) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(ANSWERED)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [ANSWERED[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


def test_a_question_in_the_words_of_an_entrys_answer_finds_that_entry():
    """It shares no word with "Which referencing style do I have to use?", and three with its answer alone."""
    assert _rank_answered("do datasets need a doi and permalinks") == [ANSWERED[0][0]]


def test_answer_words_two_entries_share_suggest_neither():
    """'map' is in two answers: 'doi' and 'legend' each meet one, and neither entry stands clear of the other."""
    assert _rank_answered("doi for a map with a legend") == []


def test_words_no_entry_holds_are_not_enough():
    assert _rank_answered("best pizza near campus") == []


def test_two_answer_words_holding_the_questions_telling_word_are_enough():
    """ "doi" is the question's rarest word, and the referencing entry's answer says a dataset needs one."""
    assert _rank_answered("does each dataset need a doi") == [ANSWERED[0][0]]


def test_an_entry_whose_question_meets_the_question_keeps_its_place():
    assert _rank_answered("do i need java for pyspark")[:1] == [ANSWERED[2][0]]
    assert _rank_answered("which cheat sheet")[:1] == [ANSWERED[1][0]]


ASKED_ONLY = [
    ("When is the Klausur?", "On 18 July, 10:00, in lecture hall H 0104."),
    ("How long is the oral exam?", "Twenty minutes."),
    ("Where can I find a dataset for the project?", "Kaggle and the UCI repository both work."),
    ("What is the mass-balance project?", "A group report on the glacier's mass balance."),
]


def _rank_asked_only(question: str, *, unasked: bool = True) -> list[str]:
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(ASKED_ONLY)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    found = rank(
        terms_of(question), candidates, df, len(candidates), unasked=not_asked(question) if unasked else frozenset()
    )
    return [ASKED_ONLY[s.key][0] for s in found]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("is the klausur written or oral", "When is the Klausur?"),
        ("what happens if i miss the klausur", "When is the Klausur?"),
        ("can i retake the oral exam", "How long is the oral exam?"),
    ],
)
def test_an_entry_that_asks_only_when_or_how_long_does_not_answer_a_yes_no_question(question, entry):
    """Without what the question does not ask, the entry would be offered."""
    assert _rank_asked_only(question, unasked=False)[:1] == [entry]
    assert _rank_asked_only(question) == []


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("is the klausur in july?", "When is the Klausur?"),  # names a time: may be asking when
        ("is the oral exam longer than 15 minutes?", "How long is the oral exam?"),  # names an amount
        ("when is the klausur", "When is the Klausur?"),
        ("can i use a kaggle dataset for the project", "Where can I find a dataset for the project?"),
    ],
)
def test_an_entry_whose_answer_speaks_to_the_question_is_still_suggested(question, entry):
    assert _rank_asked_only(question)[:1] == [entry]


CLAUSED = [
    ("Where and when are office hours, and can I go to a TA who is not in my section?", "Kessler Hall 315, Mondays."),
    ("How many attempts do I get on a problem, and do hints cost points?", "Unlimited; hints are free."),
    ("I have three final exams on May 5. What should I do?", "Email the instructor by April 17."),
    ("Can I bring a cheat sheet to the exam?", "One sheet, both sides."),
]


def _rank_clauses(question: str) -> list[str]:
    from bot.qa.asked import asks_place
    from bot.qa.indexing import _clauses

    candidates = [Candidate(i, terms_of(q), terms_of(a), _clauses(q, ())) for i, (q, a) in enumerate(CLAUSED)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    ranked = rank(terms_of(question), candidates, df, len(candidates), place=asks_place(question))
    return [CLAUSED[s.key][0] for s in ranked]


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("when are office hours", CLAUSED[0][0]),
        ("where are office hours", CLAUSED[0][0]),
        ("can i keep trying till its right", CLAUSED[1][0]),
    ],
)
def test_asking_one_of_an_entrys_questions_finds_it(question, entry):
    """A student asking one of the things an entry asks is answered by it, not held to the entry's other question."""
    assert _rank_clauses(question)[:1] == [entry]


def test_without_its_clauses_the_entry_asks_too_much(monkeypatch):
    """The clause is what finds it: the whole entry's question is covered too little by 'where are office hours'."""
    from bot.qa import ranking

    monkeypatch.setattr(ranking, "CLAUSE_WEIGHT", 0.0)
    assert _rank_clauses("where are office hours") == []


def test_a_room_is_not_answered_by_an_entry_naming_no_place():
    """'What room is the final in?' meets 'I have three final exams on May 5' on the final alone."""
    assert _rank_clauses("what room is the final exam in") == []


def test_numbered_pieces_an_answer_lists_do_not_speak_to_a_yes_no_question():
    """ "When is the homework released?" answered "hw 1 on Monday, hw 2 later" does not answer whether hw 2 may repeat
    hw 1's topic: numbered pieces are instances of its subject, not a subject its question leaves out."""
    faq = [
        ("When is the homework released?", "hw 1 on Monday of week 2, hw 2 two weeks later."),
        ("How do I install PySpark?", "pip install it."),
        ("Are lectures recorded?", "Yes."),
    ]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    question = "can i do hw 2 on the same topic as hw 1"
    assert rank(terms_of(question), candidates, df, len(candidates), unasked=not_asked(question)) == []


@pytest.mark.parametrize(
    ("question", "entry", "answer"),
    [
        ("do i need my student id for the exam", "What should I bring to a midterm?", "Your student ID and pencils."),
        ("can i bring notes to the midterm", "What can I bring to the exam?", "One index card."),
        # The entry's question is on every exam, though its answer names one of them.
        ("sick on midterm day, is there a makeup", "I cannot sit an exam. Is there a make-up?", "Only for the final."),
    ],
)
def test_a_general_part_meets_a_particular_one_either_way(question, entry, answer):
    """ "the exam" of a question meets an entry on "a midterm", as "the midterm" meets one on "the exam"."""
    faq = [(entry, answer), ("How do I install PySpark?", "pip install it."), ("Are lectures recorded?", "Yes.")]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    scored = {s.key: s for s in (score(terms_of(question), c, dict.fromkeys(df, 1.0)) for c in candidates)}
    assert not scored[0].mismatch


HOW_IT_WORKS = [
    ("How does the pitch presentation in the studio work?", "Each student presents for 3 minutes, then feedback."),
    ("How does the peer evaluation work?", "Teammates rate each other anonymously."),
    ("Are lectures recorded?", "Yes."),
    ("How do I install PySpark?", "pip install it."),
]


def _rank_how(question: str) -> list[str]:
    candidates = [Candidate(i, _answered(q, a)[0], _answered(q, a)[1]) for i, (q, a) in enumerate(HOW_IT_WORKS)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [HOW_IT_WORKS[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]


def _answered(question: str, answer: str) -> tuple:
    terms = terms_of(answer)
    marks = tuple(m for m, gives in ((GIVES_LENGTH, gives_length), (GIVES_NUMBER, gives_number)) if gives(answer))
    return terms_of(question), Terms((*terms.concepts, *marks), terms.identifiers)


def test_an_entry_on_how_a_thing_works_answers_its_length_when_its_answer_gives_one():
    """ "How does the pitch presentation work?" answered "3 minutes" answers how long the pitch presentation is; the
    peer evaluation's answer gives no length, so it does not answer how long that takes."""
    assert _rank_how("how long is the pitch presentation in the studio")[:1] == [HOW_IT_WORKS[0][0]]
    assert _rank_how("how long is the peer evaluation") == []


def test_attendance_as_a_rule_is_told_from_going_to_another_meeting():
    """ "is there attendance" asks whether attendance is taken, not whether one may go to another section's lecture:
    the two entries no longer tie, and the question is answered."""
    faq = [
        ("Is lecture attendance taken, and are the lectures recorded?", "No attendance is taken; all are recorded."),
        ("Can I go to the other lecture section's lecture?", "Yes, if there are free seats."),
        ("How do I install PySpark?", "pip install it."),
        ("Is the midterm open book?", "No; one sheet of notes."),
    ]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    found = rank(terms_of("do i have to go to lecture? is there attendance"), candidates, df, len(faq))
    assert [s.key for s in found][:1] == [0]


DEADLINES = [
    ("How do I request a regrade?", "Email your TA within 7 days of the grades being posted."),
    ("How does the peer evaluation work?", "Teammates rate each other anonymously."),
    ("Are lectures recorded?", "Yes."),
    ("How do I install PySpark?", "pip install it."),
]


def _rank_deadline(question: str) -> list[str]:
    def terms(question: str, answer: str) -> tuple[Terms, Terms]:
        said = terms_of(answer)
        marks = tuple(m for m, gives in ((GIVES_TIME, gives_time), (GIVES_NUMBER, gives_number)) if gives(answer))
        return terms_of(question), Terms((*said.concepts, *marks), said.identifiers)

    candidates = [Candidate(i, *terms(q, a)) for i, (q, a) in enumerate(DEADLINES)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    found = rank(terms_of(question), candidates, df, len(candidates), deadline=asks_time_allowed(question))
    return [DEADLINES[s.key][0] for s in found]


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("how long do i have to request a regrade", [DEADLINES[0][0]]),
        ("how much time do we get to ask for a regrade?", [DEADLINES[0][0]]),
        ("how long does it take for a regrade request to get answered", []),  # a wait the answer does not give
        ("how long do we have to do the peer evaluation", []),  # its answer gives no time
    ],
)
def test_how_long_one_has_to_do_something_is_answered_by_how_to_do_it_with_a_time(question, found):
    """A deadline question meets the entry on how to do the thing when its answer gives a time; a wait does not."""
    assert _rank_deadline(question) == found


LABS = [
    ("What happens if I miss a lab?", "Email the lab coordinator."),
    ("Can I miss a lab for a sports event?", "Yes, with a letter from the athletics office."),
    ("When do labs start?", "In week 2."),
    ("Where are the labs held?", "In the basement of the physics building."),
    ("What do I bring to the lab?", "A lab notebook and a calculator."),
    ("I missed the exam. Is there a make-up?", "Only with a medical note."),
    ("How long is a lab report?", "Four pages at most."),
    ("Who marks the lab reports?", "Your lab demonstrator."),
    ("Are lectures recorded?", "Yes."),
    ("How do I install PySpark?", "pip install it."),
]


def test_two_questions_that_are_each_others_all_need_less_shared_weight():
    """ "missed 2 labs, am i screwed?" is all of "What happens if I miss a lab?", though both its words are common;
    one common word alone ("labs?") still finds nothing."""
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(LABS)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    found = rank(terms_of("missed 2 labs already, am i screwed?"), candidates, df, len(LABS))
    assert [s.key for s in found][:1] == [0]
    assert rank(terms_of("labs?"), candidates, df, len(LABS)) == []


HOW_A_THING_GOES = [
    ("How does the final pitch work?", "Each team presents for 10 minutes to industry judges, then takes questions."),
    ("Can we change our slides after the deadline?", "No, the deck submitted by 8:00 is the one shown."),
    ("Are lectures recorded?", "Yes."),
    ("How do I install PySpark?", "pip install it."),
]


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("what's the dress code for the pitch, do we need suits", []),
        ("can my parents come watch the final pitch", []),
        ("who are the judges at the final pitch", [0]),  # the answer names the judges
        ("how does the pitch work", [0]),
    ],
)
def test_an_entry_on_how_a_thing_goes_does_not_answer_other_things_about_it(question, found):
    """ "How does the final pitch work?" answers the judges its answer names, not a dress code or guests it never
    mentions."""
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(HOW_A_THING_GOES)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    ranked = rank(terms_of(question), candidates, df, len(candidates), unasked=not_asked(question))
    assert [s.key for s in ranked][:1] == found


@pytest.mark.parametrize(
    ("question", "entry", "answer", "mismatch"),
    [
        ("i want a regrade on my midterm", "How do I request a regrade?", "Email your TA within a week.", False),
        ("how many attempts on the midterm", "How many attempts do I get on PrairieLearn?", "Three.", True),
    ],
)
def test_an_entrys_everyday_words_do_not_make_it_a_subject_of_its_own(question, entry, answer, mismatch):
    """ "How do I request a regrade?" is about regrades, which a midterm has: its "request" is everyday English, not a
    subject of its own that the midterm question leaves out; PrairieLearn is one."""
    candidate = Candidate(0, terms_of(entry), terms_of(answer))
    terms = {*terms_of(question).concepts, *candidate.question.concepts, *candidate.answer.concepts}
    assert score(terms_of(question), candidate, dict.fromkeys(terms, 1.0)).mismatch is mismatch


CLASSES = [
    ("Is missing class for a delayed flight excused?", "Yes, with the airline's note."),
    ("When is the homework due?", "Fridays."),
    ("Can I bring a cheat sheet to the midterm?", "One page."),
]


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("my flight got cancelled and i missed lecture, is that excused", CLASSES[0][0]),
        ("missed the lab because my flight was delayed, excused?", CLASSES[0][0]),
    ],
)
def test_an_entry_on_class_is_on_every_kind_of_class_meeting(question, found):
    """A question on the lecture or a lab meets an entry on "class" (a part of the course it never names)."""
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(CLASSES)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    ranked = [CLASSES[s.key][0] for s in rank(terms_of(question), candidates, df, len(candidates))]
    assert ranked[:1] == [found]


RECORDED = [
    ("Are lectures recorded, and where are the lecture slides?", "Yes, within a day; the slides are on Moodle."),
    ("When is the final exam?", "May 4."),
    ("How do I request a regrade?", "Within a week, on Gradescope."),
]


def _rank_recorded(question: str) -> list[str]:
    from bot.qa.indexing import _clauses

    candidates = [Candidate(i, terms_of(q), terms_of(a), _clauses(q, ())) for i, (q, a) in enumerate(RECORDED)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    ranked = rank(terms_of(question), candidates, df, len(candidates), unasked=not_asked(question))
    return [RECORDED[s.key][0] for s in ranked]


@pytest.mark.parametrize(
    "question", ["are the lectures recorded? i missed monday's", "do lectures get recorded or do i have to come"]
)
def test_a_yes_or_no_question_meets_the_yes_or_no_clause_of_an_entry_that_also_asks_where(question):
    """ "Are lectures recorded, and where are the slides?" answers whether lectures are recorded: the question is about
    that clause, so the entry is not one that only asks where."""
    assert _rank_recorded(question)[:1] == [RECORDED[0][0]]


@pytest.mark.parametrize(
    ("other_recall", "tied"),
    [(0.55, True), (0.45, True), (0.35, False)],
)
def test_an_entry_whose_answer_speaks_to_more_of_the_question_is_set_apart_from_a_tie(other_recall, tied):
    """Two entries meet the question in the same words ("reading response", "submit") and score alike: they tie (and
    nothing is suggested) unless the best covers clearly more of the question, its answer's words counted ("where do i
    put my rr, i dont see an upload button" for the entry whose answer names the missing upload button)."""
    from bot.qa.ranking import Scored, _not_set_apart

    matched = frozenset({"read", "respons", "submit"})
    best = Scored(1, 0.5, 0.6, 0.5, 3.0, matched=matched)
    other = Scored(2, 0.45, other_recall, 0.5, 3.0, matched=matched)
    assert _not_set_apart(best, [best, other]) is tied


def _scored(key: int, value: float, *, evidence: float = 3.0, on_subject: bool = True, mismatch: bool = False):
    return Scored(key, value, value, value, evidence, on_subject=on_subject, mismatch=mismatch)


def test_runners_up_close_behind_the_best_are_shown_after_it():
    """A suggestion is followed by the next entries on the question's subject that score at least half as well."""
    best, near, weak = _scored(1, 0.6), _scored(2, 0.35), _scored(3, 0.25)
    assert [s.key for s in with_runners_up([best], [best, weak, near], 1.0, 3)] == [1, 2]


@pytest.mark.parametrize(
    "other",
    [
        _scored(2, 0.5, on_subject=False),
        _scored(2, 0.5, mismatch=True),
        _scored(2, 0.5, evidence=0.5),
        _scored(2, 0.15),
    ],
)
def test_a_runner_up_off_the_subject_or_without_evidence_is_not_shown(other):
    best = _scored(1, 0.3)
    assert [s.key for s in with_runners_up([best], [best, other], 1.0, 3)] == [1]


def test_runners_up_never_make_a_suggestion_of_nothing_nor_pass_the_limit():
    """Nothing suggested stays nothing; the first suggestion never changes."""
    many = [_scored(k, 0.5) for k in range(2, 6)]
    assert with_runners_up([], many, 1.0, 3) == []
    assert [s.key for s in with_runners_up([_scored(1, 0.6)], many, 1.0, 3)] == [1, 2, 3]


def test_of_entries_that_score_alike_the_one_sharing_more_goes_first():
    """Close scores are ordered with a little weight for the words shared; a clear lead still wins."""
    alike, sharing_more = _scored(1, 0.52, evidence=2.0), _scored(2, 0.50, evidence=5.0)
    assert [s.key for s in more_shared_first([alike, sharing_more])] == [2, 1]
    leading = _scored(1, 0.7, evidence=2.0)
    assert [s.key for s in more_shared_first([leading, sharing_more])] == [1, 2]


CALCULATORS = Candidate(
    1, terms_of("Which calculators are allowed in exams?"), terms_of("A Casio fx-82 or a TI-30X; no phones.")
)
OTHER = Candidate(2, terms_of("When is the exam?"), terms_of("On May 4."))


def _clear(best: float, runner_up: float, telling: dict[str, float]) -> list[int]:
    scored = [
        Scored(1, best, 0.45, best, 5.0),
        Scored(2, runner_up, 0.3, runner_up, 5.0),
    ]
    return [s.key for s in clear_with_answer(scored, [CALCULATORS, OTHER], telling, 1.0)]


def test_an_entry_well_clear_with_its_answer_and_the_questions_telling_word_is_offered():
    """ "my casio ... ok for the exam?": the entry whose answer names the model, well ahead of every other."""
    assert _clear(0.45, 0.2, {"casio": 3.0, "exam": 1.0}) == [1]


@pytest.mark.parametrize(
    ("best", "runner_up", "telling"),
    [
        (0.45, 0.3, {"casio": 3.0}),  # not clear of the next entry
        (0.3, 0.0, {"casio": 3.0}),  # too weak however clear
        (0.45, 0.2, {"casio": 2.0, "improv": 3.5}),  # the question's most telling word is not the entry's
    ],
)
def test_an_entry_not_clear_or_missing_the_telling_word_is_not_offered(best, runner_up, telling):
    assert _clear(best, runner_up, telling) == []


def _enough_by_answer(score: float, evidence: float, telling: dict[str, float], asks: str | None = None) -> bool:
    return answer_enough(Scored(1, score, 0.45, score, evidence), [CALCULATORS, OTHER], telling, 1.0, asks)


def test_an_entry_met_through_its_answer_well_enough_is_offered_whatever_its_words():
    assert _enough_by_answer(0.46, 1.5, {"improv": 3.5})


def test_an_entry_holding_the_questions_telling_word_through_its_answer_needs_less():
    """ "is my casio ok": the entry whose answer names the model, at a lower score and with less shared weight."""
    assert _enough_by_answer(0.41, 1.3, {"casio": 3.0, "exam": 1.0})


@pytest.mark.parametrize(
    ("score", "evidence", "telling", "asks"),
    [
        (0.41, 1.3, {"casio": 2.0, "improv": 3.5}, None),  # the question's most telling word is not the entry's
        (0.38, 1.3, {"casio": 3.0}, None),  # too weak
        (0.41, 1.1, {"casio": 3.0}, None),  # too little shared
        (0.41, 1.3, {"casio": 3.0}, "askwhen"),  # the question asks when, the entry does not
    ],
)
def test_an_entry_met_through_its_answer_below_the_usual_bar_needs_all_of_it(score, evidence, telling, asks):
    assert not _enough_by_answer(score, evidence, telling, asks)


EXTRA_CREDIT = [
    ("Is there any extra credit?", "No, there is none."),
    ("Is the feedback survey anonymous?", "Yes, and it gives no extra credit."),
    ("Can I drop my lowest quiz?", "Yes. Extra credit quizzes count too."),
    ("When is the exam?", "On May 4."),
    ("Where are office hours?", "Room 5."),
    ("Can I use Python 3.12?", "Yes."),
    ("How are teams formed?", "By the instructor."),
    ("Is lecture recorded?", "Yes, on Panopto."),
    ("How do I install PySpark?", "pip install."),
    ("What is the late policy?", "10% a day."),
]


@pytest.mark.parametrize("question", ["is there any way to get bonus points in this class", "extra credit?"])
def test_a_question_that_is_all_of_a_one_word_entry_finds_it(question):
    """ "any bonus points?" is all of "Is there any extra credit?" though other entries' answers mention extra credit
    too (faq-search12)."""
    assert _found(EXTRA_CREDIT, question)[:1] == [0]


def _found(faq: list[tuple[str, str]], question: str) -> list[int]:
    """The entries of `faq` (question, answer) suggested for the question, best first."""
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    return [s.key for s in rank(terms_of(question), candidates, df, len(candidates))]


def test_words_that_name_a_situation_are_covered_by_an_entry_naming_it():
    """ "disagree" and "score" together are a regrade: an entry on regrades covers both; a single word's broader
    concept ("midterm" is an exam) is not a situation an entry on exams covers."""
    asked = terms_of("who do i talk to if i disagree with my midterm score").concepts
    assert {"appeal", "grade"} <= situations_named(asked, {"request", "regrade"})
    assert situations_named(asked, {"bring", "exam"}) == frozenset()
    regrade = [
        ("How do I request a regrade?", "Use Gradescope within a week."),
        ("What should I bring to the midterm?", "A pencil and your ID."),
        ("What does the midterm cover?", "Weeks 1-6."),
        ("I missed the midterm. Can I take a make-up?", "Email the instructor."),
        ("Can I write my exams in Spanish?", "No."),
    ]
    assert _found(regrade, "who do i talk to if i disagree with my midterm score")[:1] == [0]


def _terms(text: str) -> Terms:
    return Terms(tuple(text.split()), frozenset())


def test_a_runner_up_is_judged_with_its_answer():
    """The entry after the first is chosen by its question and answer together: "What should the lab report contain?"
    whose answer speaks of scans and PDFs follows "Where do I submit the lab report?" for "can i submit a scanned lab
    report as a pdf", though its question alone meets little of it (faq-search12)."""
    candidates = [
        Candidate(0, _terms("submit lab report"), _terms("canva")),
        Candidate(1, _terms("contain lab handout length style"), _terms("scan pdf report submit photo")),
        *(Candidate(k, _terms(f"filler{k} thing{k}"), _terms(f"other{k}")) for k in range(2, 12)),
    ]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    found = rank(_terms("scan pdf lab report submit"), candidates, df, len(candidates))
    assert [s.key for s in found] == [0, 1]


def test_a_question_on_another_thing_too_is_not_answered_by_an_entry_leaving_that_thing_out():
    """ "are the recitations recorded too or only lecture" is not answered by the entry on recorded lectures, which
    never names recitations (another entry's question does); an entry that names both, or leaves out only the thing
    compared with ("lecture"), may answer it (faq-search14)."""
    faq = [
        ("Are lectures recorded?", "Yes, on the video site the same evening."),
        ("Are recitations mandatory?", "Attendance is not graded."),
        ("Can I use a calculator on the midterm?", "Yes, any non-graphing one."),
    ]
    candidates = [Candidate(i, terms_of(q), terms_of(a)) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    query = terms_of("are the recitations recorded too or only lecture")
    named = frozenset(t for t in query.concepts if any(t in c.question.concepts for c in candidates))
    assert leaves_out(named, candidates[0])
    assert not leaves_out(named - set(terms_of("recitation").concepts), candidates[0])
    assert [s.key for s in rank(query, candidates, df, len(candidates))][:1] == [0]
    assert rank(query, candidates, df, len(candidates), also=True) == []
    compared = frozenset(terms_of("recitation").concepts)
    assert [s.key for s in rank(query, candidates, df, len(candidates), also=True, compared=compared)][:1] == [0]


def test_how_many_needs_an_entry_that_speaks_to_the_amount():
    """ "how many questions are on the practice midterm" is not answered by "Is there a practice midterm?", whose
    answer gives a number of weeks; "how many people can be on a team" is by "Can my project team have four people?",
    whose question states the amount itself (faq-search14)."""
    faq = [
        ("Is there a practice midterm?", "Yes: on the course site two weeks before the exam."),
        ("Can my project team have four people?", "Teams are two or three people."),
        ("Can I use a calculator on the midterm?", "Yes, any non-graphing one."),
    ]
    candidates = [Candidate(i, terms_of(q), terms_of(a + " givesnumber")) for i, (q, a) in enumerate(faq)]
    df = Counter(t for c in candidates for t in {*c.question.concepts, *c.answer.concepts})
    query = terms_of("how many questions are on the practice midterm")
    assert score(query, candidates[0], {}).mismatch
    amount = Candidate(1, candidates[1].question, candidates[1].answer, states_amount=True)
    assert not score(terms_of("how many people can be on a project team"), amount, {}).mismatch
    assert score(terms_of("how many people can be on a project team"), candidates[1], {}).mismatch
    assert rank(query, candidates, df, len(candidates)) == []


@pytest.mark.parametrize(
    ("asked", "entry", "unnamed"),
    [
        ({"proj2"}, ("late", "project"), {"proj2"}),  # the entry speaks of every project
        ({"proj2"}, ("late", "project", "proj1"), set()),  # it numbers projects: "project 2" says which
        ({"cw1", "hw3"}, ("case", "hw1"), {"cw1"}),  # each kind on its own
        (set(), ("late",), set()),
    ],
)
def test_a_numbered_one_of_what_an_entry_speaks_of_in_general_is_which_one(asked, entry, unnamed):
    """ "project 2" of an entry on every project asks which one, not more of its subject."""
    assert unnamed_instances(asked, entry) == unnamed


def test_naming_which_one_costs_an_entry_on_them_all_nothing():
    """ "penalty if project 2 is late" meets "What happens if our project is late?" as "...if the project..." does."""
    entry = Candidate(0, terms_of("What happens if our project is late?"), terms_of("Ten percent a day."))
    weight = {"late": 2.0, "project": 2.0, "proj2": 3.5}
    numbered = score(terms_of("is there a penalty if project 2 is late"), entry, weight)
    plain = score(terms_of("is there a penalty if the project is late"), entry, weight)
    assert numbered.recall == plain.recall
    assert not numbered.mismatch
