import pytest

from bot.core.word_forms import COUNT_WORDS, NUMBERS, fact_stem, one_of, search_stem, singular
from bot.qa import terms
from bot.understand.page_evidence import knowledge
from bot.understand.times import time_phrases


def test_the_engine_and_the_search_read_numbers_from_one_table() -> None:
    assert NUMBERS["zero"] == 0
    assert NUMBERS["fifteen"] == 15
    assert time_phrases.NUMBER_WORDS is COUNT_WORDS
    assert {w: str(n) for w, n in NUMBERS.items()} == terms.NUMBER_WORDS
    assert COUNT_WORDS["a"] == COUNT_WORDS["one"] == 1
    assert COUNT_WORDS["couple"] == 2
    assert "zero" not in COUNT_WORDS
    # "a" before "an" and the numbers before "couple": the engine's patterns join the table in this order.
    assert list(COUNT_WORDS)[:3] == ["a", "an", "one"]
    assert list(COUNT_WORDS)[-2:] == ["couple", "few"]


def test_the_engine_and_the_search_stem_from_one_module() -> None:
    assert terms.stem is search_stem
    assert knowledge.stem is fact_stem


def test_search_stem_folds_a_words_usual_forms() -> None:
    assert {search_stem(w) for w in ("crashes", "crashing", "crashed")} == {"crash"}
    assert search_stem("running") == "run"
    assert search_stem("stopped") == "stop"
    assert search_stem("speed") == "speed"
    assert search_stem("class") == "class"
    assert search_stem("bus") == "bus"
    assert search_stem("policies") == "policy"
    assert search_stem("regrades") == search_stem("regrade") == "regrad"
    assert search_stem("hw3") == "hw3"
    assert search_stem("add") == "add"


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("case", "cases"), "case"),
        (("lose", "loses", "losing"), "lose"),
        (("time", "timed", "timing"), "time"),
        (("make", "making"), "make"),
        (("size", "sizes"), "size"),
        (("note", "notes", "noted"), "note"),
        (("quiz", "quizzes"), "quiz"),
    ],
)
def test_search_stem_meets_a_four_letter_words_forms_that_drop_its_e(forms, stem) -> None:
    """ "cases" and "case" meet: the e a suffix took from a four-letter word comes back."""
    assert {search_stem(w) for w in forms} == {stem}


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("labs", "lab"),
        ("jobs", "job"),
        ("fixed", "fix"),
        ("paying", "pay"),
        ("hopping", "hop"),
        ("asked", "ask"),
        ("eating", "eat"),
    ],
)
def test_search_stem_gives_no_e_to_a_stem_that_never_had_one(word, stem) -> None:
    """A plain plural, a doubled consonant, a final x or y, or two consonants: no e is put back."""
    assert search_stem(word) == stem


def test_fact_stem_also_folds_nouns_made_of_verbs() -> None:
    assert fact_stem("presentations") == fact_stem("presentation") == fact_stem("present") == "present"
    assert fact_stem("officially") == "official"
    assert fact_stem("notes") == "note"
    assert fact_stem("classes") == "class"
    assert fact_stem("hashing") == "hash"


def test_fact_stem_meets_a_plural_that_doubles_its_z() -> None:
    """ "are there make-up quizzes" holds the "quiz" a claim is phrased with."""
    assert fact_stem("quizzes") == fact_stem("quiz") == "quiz"
    assert fact_stem("buzzes") == fact_stem("buzz")


@pytest.mark.parametrize(
    ("word", "one"),
    [("quizzes", "quiz"), ("prelabs", "prelab"), ("classes", "class"), ("class", "class"), ("syllabus", "syllabus")],
)
def test_singular_reads_a_plural_as_its_singular(word, one):
    assert singular(word) == one


@pytest.mark.parametrize(
    ("word", "one"),
    [("printers", "printer"), ("studies", "study"), ("class", "class"), ("bus", "bus"), ("labs", "lab")],
)
def test_one_of_compares_both_sides_in_the_singular(word, one):
    """one_of takes a plain plural's s (or "ies") off words of more than three letters, never "ss"."""
    assert one_of(word) == one


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (("cancel", "canceled", "cancelled", "cancelling"), "cancel"),
        (("travel", "traveling", "travelling", "travelled"), "travel"),
        (("label", "labeled", "labelled"), "label"),
        (("install", "installing", "installed"), "install"),
        (("spell", "spelling"), "spell"),
    ],
)
def test_search_stem_meets_british_doubled_ls_with_american_forms(forms, stem) -> None:
    """ "cancelled" and "canceled" are one word; a word of its own ending in ll ("install", "spell") keeps both."""
    assert {search_stem(w) for w in forms} == {stem}
