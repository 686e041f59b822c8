"""Terms: the same words for the same thing, identifiers in one form, the course's own phrases."""

from __future__ import annotations

import pytest

from bot.qa.asked import MARKERS
from bot.qa.course_words import course_phrases
from bot.qa.terms import joinable, stem, terms_of


@pytest.mark.parametrize(
    ("text", "identifiers"),
    [
        ("typo in hw3 question 2", {"hw3", "q2"}),
        ("Homework 3, Q2", {"hw3", "q2"}),
        ("homework three", {"hw3"}),
        ("hw 4 part b", {"hw4b"}),
        ("HW4B", {"hw4b"}),
        ("is exam 1 cumulative", {"exam1"}),
        ("no numbers here", set()),
    ],
)
def test_numbered_things_are_one_identifier(text, identifiers):
    """However a numbered thing is written, it is one identifier."""
    assert terms_of(text).identifiers == identifiers


def test_synonyms_are_one_concept():
    """A cheat sheet and a crib sheet, a test and an exam, turn in and submit, are the same concept."""
    assert terms_of("is a crib sheet ok for the test").concepts == terms_of("cheat sheet exam").concepts
    assert "submit" in terms_of("where do we turn in the proposal").concepts


@pytest.mark.parametrize(("forms", "stemmed"), [(("crash", "crashes", "crashing", "crashed"), "crash")])
def test_stems_agree(forms, stemmed):
    assert {stem(w) for w in forms} == {stemmed}
    assert stem("running") == stem("run")


def test_the_course_names_of_several_words_read_as_one(course):
    """'mini project', 'mini-project' and 'Mini-Project' meet."""
    phrases = course_phrases(course)
    forms = [terms_of(t, phrases).concepts for t in ("mini project", "mini-project", "miniproject")]
    assert forms[0] == forms[1] == forms[2]


def test_stopwords_leave_nothing_of_an_empty_question():
    assert not terms_of("hi, can anyone help me with a quick question?")


def test_a_course_synonym_reads_as_its_meaning_term_for_term(course):
    """The course says "late days" = "grace days": a question in the student's words meets the FAQ's own words."""
    phrases = course_phrases(course)
    # What is asked ("how do ... work": how) is a marker, compared apart (bot.qa.asked), not a word.
    asked = set(terms_of("how do grace days work", phrases).concepts) - MARKERS
    assert asked
    assert asked <= set(terms_of("late days?", phrases).concepts)


def test_a_phrase_is_found_in_its_other_forms():
    """ "study groups" is "study group"; "sampling" is not "sample exams" (only whole phrases' stems meet)."""
    assert terms_of("study groups ok?").concepts == terms_of("study group ok?").concepts
    assert "practice" not in terms_of("random sampling").concepts


@pytest.mark.parametrize(
    ("text", "counted"),
    [("can five people be on a team", True), ("3 members max?", True), ("10-405 students", False), ("hw 4", False)],
)
def test_a_number_of_people_asks_about_team_size(text, counted):
    assert ("teamsize" in terms_of(text).concepts) is counted


@pytest.mark.parametrize(
    ("text", "version"),
    [("is python 3.11 ok", True), ("R 4.4.1 or newer?", True), ("submitted late by 2.5 hours", False)],
)
def test_a_dotted_release_number_asks_about_versions(text, version):
    assert ("version" in terms_of(text).concepts) is version


def test_words_ending_in_eed_keep_their_stem():
    assert stem("speed") == "speed"
    assert stem("needed") != stem("ne")


@pytest.mark.parametrize(
    ("text", "exam"),
    [("is the final cumulative", True), ("practice final?", True), ("final exam room", True), ("final report", False)],
)
def test_the_final_is_an_exam_unless_it_is_the_last_of_something(text, exam):
    assert ("finalexam" in terms_of(text).concepts) is exam


def test_a_name_written_as_several_words_is_read_as_the_indexed_name():
    """ "prairie learn" is the indexed "prairielearn"; an error's name written apart is read as its cause, as the
    joined name is ("module not found error", "py4j java error": bot.qa.error_causes)."""
    text = "prairie learn says module not found error, then a py4j java error"
    known = {"prairielearn"} & set(joinable(text))
    concepts = terms_of(text, known=known).concepts
    assert "prairielearn" in concepts
    assert "missingpackage" in concepts
    assert "jvmerror" in concepts
    assert set(terms_of("ModuleNotFoundError").concepts) <= set(concepts)


@pytest.mark.parametrize(
    ("text", "identifiers"),
    [
        ("sections 102 and 103 write in Bremer", {"sec102", "sec103"}),
        ("hw 3, 4 or 5", {"hw3", "hw4", "hw5"}),
        ("hw 3 and 4 people", {"hw3", "hw4"}),
    ],
)
def test_a_list_of_numbered_things_names_each(text, identifiers):
    """'sections 102 and 103' names both sections, so a student in 103 meets the entry."""
    assert terms_of(text).identifiers == identifiers


def test_a_courses_short_name_with_a_number_is_numbered():
    """'mt2' where the course reads 'mt' as a midterm is midterm 2."""
    phrases = (("mt", "midterm"),)
    terms = terms_of("can i take mt2 a day early", phrases)
    assert "midterm2" in terms.identifiers
    assert "midterm" in terms.concepts


@pytest.mark.parametrize(
    ("student", "staff"),
    [
        ("i have an orgo exam at the same time as midterm 2", "I have a conflict with a midterm"),
        ("my grandma passed away", "a family emergency"),
        ("left my clicker at home", "I forgot my iClicker"),
        ("what exactly goes in the proposal", "What should the proposal contain"),
        ("canvas won't take my .docx", "file type not allowed, which format"),
        ("i already burned all 3 slip days", "after my slip days are used up"),
        ("when are the essay questions posted", "when are they released"),
        ("do sig figs actually matter", "how strictly are significant figures graded"),
        ("is that gonna hurt my grade", "will I lose participation points"),
        ("what topics are on the final", "what does the final cover"),
        ("i have 3 exams on may 5th", "exam conflict"),
    ],
)
def test_everyday_words_meet_the_faqs(student, staff):
    """Round seven's everyday paraphrases read as the entry's words."""
    assert set(terms_of(student).concepts) & set(terms_of(staff).concepts) - MARKERS - {"exam", "midterm", "finalexam"}


def test_an_examination_is_an_exam():
    """British and formal English call the exam an examination."""
    assert terms_of("the final examination").concepts == terms_of("the final exam").concepts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("is grammarly allowed or does that count as ai", "weight"),  # taken for, not worth
        ("i posted my question on the forum", "releas"),  # a student's own post is not a release
        ("how long does it take to hear back", "pages"),  # a wait, not a length
        ("a clash with my other exam", "emergency"),
    ],
)
def test_what_round_sevens_phrases_do_not_mean(text, absent):
    """A phrase read for round seven does not turn up where it means something else."""
    assert absent not in terms_of(text).concepts


def test_a_number_never_makes_a_joined_name():
    """'essay 1' is not joined into 'essay1' because one answer names a file 'Essay1.docx'."""
    from bot.qa.terms import join_terms

    assert join_terms(("essay", "1")) == ("essay",)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("i handed in my outline instead of the essay", True),
        ("turned in the week 3 worksheet instead of week 4, help", True),
        ("Attached the old spreadsheet instead of the new one", True),
        ("can i submit a pdf instead of a docx", False),  # a choice of format, nothing handed in yet
        ("i went to the tuesday lab instead of thursday", False),
    ],
)
def test_one_thing_handed_in_for_another_is_the_wrong_file(text, wrong):
    """Handed in, uploaded or attached one thing instead of another: the wrong file, whatever the two are called."""
    assert ("wrongfile" in terms_of(text).concepts) is wrong
