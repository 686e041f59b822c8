"""The page's own sentence under an answer that lacks it (bot.understand.page_evidence.prose_evidence): the index, the
match rule, the placement."""

from __future__ import annotations

import pytest

from bot.core.answer import Answer, text
from bot.understand.engine import engine_for
from bot.understand.page_evidence.prose_evidence import (
    CLOSEST,
    PREFIX,
    best_sentence,
    build_index,
    index_for,
    quoted,
    with_page_sentence,
)
from bot.understand.yes_no.unsettled import UNSETTLED_LEAD
from tests.conftest import local
from tests.understand.conftest import course_in, reply

CHEM = "tests/fixtures/courses/chem-1310-s26"
ML = "data/10-605-s24"


def _reading(course, question, now="2026-02-10 10:00"):
    """The first part's reading of a question, as the engine reads it."""
    decisions, _error = engine_for(course).understand(question, local(course, now))
    return decisions[0][0]


def test_the_index_holds_every_prose_sentence_with_its_source():
    """Notes, rules, policy words, appointments and the description are indexed, each stem pointing at its sentences."""
    chem = course_in(CHEM)
    index = build_index(chem)
    sources = {s.source for s in index.sentences}
    assert {"course", "exam:midterm1", "exam:midterm2", "exam:final", "policy:lab-safety"} <= sources
    assert "person:marcus-feld" in sources  # "email him for an appointment"
    for stem, held in index.holding.items():
        assert all(stem in index.sentences[i].stems for i in held)
    # the same rule of two exams is kept for each of them, so a question about either finds its own
    periodic = [s.source for s in index.sentences if "periodic table" in s.said]
    assert {"exam:midterm1", "exam:midterm2"} <= set(periodic)


def test_the_index_is_built_once_per_course():
    """The engine builds it at load; a question only looks it up."""
    chem = course_in(CHEM)
    engine_for(chem)
    assert index_for(chem) is index_for(chem)


def test_a_rarer_word_weighs_more():
    """Rarity over the course's sentences: a word in one sentence outweighs one in many."""
    index = index_for(course_in(CHEM))
    assert index.idf["periodic"] > index.idf["lab"]


@pytest.mark.parametrize(
    ("folder", "question", "now", "said"),
    [
        (CHEM, "do we get a periodic table on the midterm", "2026-02-10 10:00", "periodic table"),
        ("data/stat-187-f24", "do we do model selection", "2024-10-14 10:00", "model selection"),
        (ML, "do we cover distributed computing", "2024-02-12 10:00", "distributed computing"),
        ("tests/fixtures/courses/hist-210-a24", "do we read primary sources", "2024-10-14 10:00", "primary sources"),
    ],
)
def test_the_sentence_is_quoted_under_the_first_line(folder, question, now, said):
    """The matching sentence comes second, in the page's words; a "not on the page" stays one, with the closest. A
    yes/no answer that opens with no Yes or No has the hedge's lead before it (bot.understand.yes_no.unsettled)."""
    course = course_in(folder)
    result, shown = reply(course, question, now)
    lines = shown.splitlines()
    hedged = lines[2] == UNSETTLED_LEAD
    opening = PREFIX if result.answer.kind == "info" or hedged else CLOSEST
    at = 4 if hedged else 3  # title, rule, (the hedge's lead,) first line, then the quote
    assert lines[at].startswith(opening), shown
    assert said in lines[at], shown


@pytest.mark.parametrize(
    ("folder", "question", "now"),
    [
        (CHEM, "can i eat in lab", "2026-02-10 10:00"),  # the answer already says it
        ("tests/fixtures/courses/geo-2210-s25", "is the vatican open on sundays", "2025-05-08 09:30"),
        ("tests/fixtures/courses/hist-210-a24", "is migration a topic in this course", "2024-10-14 10:00"),
        (CHEM, "when is midterm 1", "2026-02-10 10:00"),  # every word explained: nothing to look for
        (CHEM, "is attending office hours mandatory", "2026-02-10 10:00"),  # never the labs' attendance rule
        ("tests/fixtures/courses/geo-2210-s25", "is attending office hours mandatory", "2025-04-15 10:00"),
        (CHEM, "is attendance at recitation required", "2026-02-10 10:00"),  # a kind the course does not hold
        (CHEM, "do we get a constants sheet on quizzes", "2026-02-10 10:00"),  # an exam's rule is not a quiz's
        (ML, "do we do deep learning on the midterm", "2024-02-12 10:00"),  # the description is not its coverage
        ("tests/fixtures/courses/hist-210-a24", "do we read primary sources for the final exam", "2024-10-15 10:00"),
    ],
)
def test_no_sentence_without_a_strong_match(folder, question, now):
    """An answer that says it, a question of another subject, or one shared word under "not on the page": no quote."""
    _result, shown = reply(course_in(folder), question, now)
    assert PREFIX not in shown, shown
    assert CLOSEST not in shown, shown


def test_never_the_rule_of_another_exam():
    """A question naming one exam never gets another exam's sentence (the final's index card for midterm 1)."""
    chem = course_in(CHEM)
    found = best_sentence(chem, _reading(chem, "can i bring an index card to midterm 1"))
    assert found is None or found[0].source != "exam:final"


def test_a_yes_or_no_stays_first():
    """The sentence goes under the first line, which never changes."""
    chem = course_in(CHEM)
    reading = _reading(chem, "do we get a periodic table on the midterm")
    answer = Answer(title="Exams", lines=(text("**Yes**: on both midterms."), text("More.")))
    quoted = with_page_sentence(chem, reading, answer)
    assert quoted.lines[0] == answer.lines[0]
    assert str(quoted.lines[1][0]).startswith(PREFIX)
    assert quoted.lines[2:] == answer.lines[1:]


@pytest.mark.parametrize("kind", ["unsure", "error"])
def test_hedges_and_refusals_are_left_alone(kind):
    """Only a plain answer or an honest "not on the page" takes a sentence."""
    chem = course_in(CHEM)
    reading = _reading(chem, "do we get a periodic table on the midterm")
    answer = Answer(title="Which do you mean?", lines=(text("I'm not sure."),), kind=kind)
    assert with_page_sentence(chem, reading, answer) == answer


def test_a_persons_sentence_names_them():
    """How to book someone is said with whose words they are."""
    chem = course_in(CHEM)
    booking = next(s for s in index_for(chem).sentences if s.source == "person:marcus-feld")
    line = "".join(str(p) for p in quoted(chem, booking))
    assert line.startswith("The page says (about Marcus Feld): “")
    assert booking.said in line
