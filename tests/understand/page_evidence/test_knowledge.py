"""The knowledge index: every fact of the course searchable, aliases included, best first."""

from __future__ import annotations

from bot.understand.engine import engine_for
from bot.understand.page_evidence.knowledge import stem


def test_assignment_aliases_find_schedule_rows(course):
    """'hw2 solutions' finds 'Recitation 5: Homework 2 Solutions' (the row says Homework 2, not hw2)."""
    found = engine_for(course).knowledge.search(["solutions"], ("schedule",), names=["hw2"])
    assert course.schedule[int(found[0].key)].title == "Recitation 5: Homework 2 Solutions"
    assert found[0].extra == 1


def test_synonyms_widen_the_search(course):
    """'friend' finds the collaboration policy through its synonyms, and counts as matched."""
    found = engine_for(course).knowledge.search(
        ["friend"], ("policy",), synonyms={"friend": ("collaborate", "together")}
    )
    assert "collaboration" in [f.key for f in found[:3]]
    assert next(f for f in found if f.key == "collaboration").coverage == 1.0


def test_documents_holding_more_of_the_words_come_first(course):
    """'linear algebra review' ranks the row holding all three words above those holding one or two."""
    found = engine_for(course).knowledge.search(["linear", "algebra", "review"], ("schedule",))
    assert course.schedule[int(found[0].key)].title == "Recitation 2: Linear Algebra Review"
    assert found[0].coverage == 1.0


def test_light_stemming():
    """Plurals and -ing forms meet their stems; short words are left alone."""
    assert stem("hashing") == stem("hash") == "hash"
    assert stem("regrades") == stem("regrade")
    assert stem("lsh") == "lsh"


def test_holds_every_text_of_the_course(course, second_course):
    """Whether any text of the course holds a word: days, policies, one-off meetings ("extra", "midterm review"),
    kinds of meeting; "mock" is in none of them."""
    assert engine_for(course).knowledge.holds("review")  # "Course Summary and Exam Review"
    assert engine_for(course).knowledge.holds("recitations")
    assert engine_for(second_course).knowledge.holds("extra")  # the extra midterm review
    assert not engine_for(course).knowledge.holds("mock")
    assert not engine_for(second_course).knowledge.holds("revision")
