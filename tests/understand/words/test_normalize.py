"""What a student types becomes plain words: contractions, chat spellings, apostrophes, typos."""

from __future__ import annotations

import pytest

from bot.understand.words.normalize import holds_phrase, phrase_key, plain, plain_respelled, respell, words


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("What's due?", "what is due?"),
        ("whens hw3 due", "when is hw3 due"),
        ("I’m so screwed", "i am so screwed"),
        ("katie's office hours", "katie office hours"),
        ("can't make the exam", "can not make the exam"),
        ("wat r we learning 2day", "what are we learning today"),
        ("nxt lec tmrw", "next lecture tomorrow"),
        ("oh tmrw?", "office hours tomorrow?"),
        ("oh no, when is hw3 due", "  no, when is hw3 due"),
        ("Nyström", "nystrom"),
        ("when is the easter brake", "when is the easter break"),  # a real word, but no course has brakes
        ("any lecture this tri", "any lecture this trimester"),
        # a memory lapse before a question names nothing (the "i" kept); a thing forgotten stays
        ("i forgot when lr1 was due, was it feb 6?", "i when lr1 was due, was it february 6?"),
        ("cant remember what time it closes", "i what time it closes"),
        ("i don't recall where the lab is", "i where the lab is"),
        ("i forgot my calculator", "i forgot my calculator"),
        # a vague "when" asks only whether; a span named after it stays
        ("is there a guest lecture at some point", "is there a guest lecture "),
        ("do we go there sometime in november", "do we go there  in november"),
        ("what if i forget to submit", "what if i forget to submit"),
        # a chat spelling with the "s" of a plural or an owner; a chat spelling of several words stays
        ("whats the proffs email", "what is the professors email"),
        ("how many sems is it", "how many semesters is it"),
        ("any ohs today", "any office hours today"),
        ("wats due tmrw", "what is due tomorrow"),  # the "s" of "is"
        ("can i take fotos on the trip", "can i take photos on the trip"),
        ("can we take pics in the museum", "can we take photos in the museum"),  # never "pick"
        ("is there any way i can still do it", "can i still do it"),
        ("who do i ask for an ext", "who do i ask for an extension"),
    ],
)
def test_respelling(typed, read):
    """Contractions spelled out, chat spellings replaced, accents and curly apostrophes made plain, a memory lapse
    told before a question ("i forgot when ...") dropped."""
    assert respell(plain(typed)) == read


def test_typos_go_through_the_corrector():
    """Words the corrector knows a better spelling for are replaced; the rest stay."""
    fixes = {"ofice": "office"}
    assert respell("where are ofice hours", fixes.get) == "where are office hours"


@pytest.mark.parametrize(
    "typed",
    [
        "where are ofice hours",
        "whats the proffs email, cant find it",
        "can i hand ps4 in on monday",
        "when is officehours tmrw and who's the ta",
        "the module co-ordinator's ofice",
        "ofice hours or ofice email?",  # a new word typed twice: respelled once
    ],
)
def test_a_word_respelled_once_is_respelled_the_same_from_the_memo(typed):
    """With a memo, each word is respelled as without one, and a word seen before is taken from the memo: the
    corrector is asked once per word, however many questions hold it."""
    fixes = {"ofice": "office"}
    asked: list[str] = []

    def correct(word: str) -> str | None:
        asked.append(word)
        return fixes.get(word)

    joined = {"officehours": "office hours"}
    memo: dict[str, str] = {}
    expected = respell(plain(typed), correct, joined)
    asked.clear()
    assert respell(plain(typed), correct, joined, memo=memo) == expected
    first = list(asked)
    assert respell(plain(typed), correct, joined, memo=memo) == expected
    assert asked == first  # the second time, no word went to the corrector again


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Dana’s lab", "dana's lab"),
        ("Dana‘s lab", "dana's lab"),
        ("Dana`s lab", "dana's lab"),
        ("Dana´s lab", "dana's lab"),
        ("Danaʼs lab", "dana's lab"),
        ("“Süd” — hall ‘B’", "sud  hall 'b'"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_every_apostrophe_is_straight_in_plain_text(typed, read):
    """Curly, backtick and acute apostrophes are one straight apostrophe; other marks outside ASCII are dropped."""
    assert plain(typed) == read


@pytest.mark.parametrize("typed", ["Whats the proffs email", "when is hw3 due tmrw?", "i forgot when lr1 was due"])
def test_plain_respelled_is_the_respelling_of_the_plain_text(typed):
    """The text a phrase key splits and the kind asked reads: respelled without course words, after plain."""
    assert plain_respelled(typed) == respell(plain(typed))
    assert phrase_key(typed) == tuple(words(plain_respelled(typed)))


def test_discord_mentions_are_removed():
    """A mention of the bot is not part of the question."""
    assert words(plain("<@123456789> when is hw3 due")) == ["when", "is", "hw3", "due"]


def test_phrase_keys_read_data_the_way_questions_are_read():
    """'HW 4 Part B' in the data and 'hw 4 part b' typed give the same key."""
    assert phrase_key("HW 4 Part B") == phrase_key("hw 4 part b") == ("homework", "4", "part", "b")


def test_id_is_i_would_only_where_a_sentence_starts():
    """'id like to know' is "I'd"; 'my student id' is an ID."""
    assert respell(plain("id like to know when hw3 is due")).startswith("i would like")
    assert respell(plain("do i need my student id")) == "do i need my student id"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what if i hand ps4 in on monday", "what if i hand in ps4 on monday"),
        ("if i turn hw3 in late", "if i turn in hw3 late"),
        ("hand in the essay in person", "hand in the essay in person"),
    ],
)
def test_verb_and_in_around_the_work(typed, read):
    """ "hand ps4 in" reads as "hand in ps4", so the submission is understood either way."""
    assert respell(typed) == read


@pytest.mark.parametrize("word", ["bread", "grape", "glass", "tours", "march", "stuff", "gates"])
def test_everyday_english_words_are_never_repaired(word):
    """ "is there bread at the review session": an ordinary word is meant as itself, not as a course word."""
    assert respell(f"is there {word} here", lambda w: None if w in ("is", "there", "here") else "break") == (
        f"is there {word} here"
    )


def test_words_that_are_not_english_are_still_repaired():
    """ "brek" is not a word: the corrector is asked."""
    assert respell("is there a brek", lambda w: "break" if w == "brek" else None) == "is there a break"


def test_a_co_hyphen_is_one_word_in_questions_and_data():
    assert phrase_key("who's the module co-ordinator") == phrase_key("who is the module coordinator")
    assert phrase_key("Course Co-ordinator") == ("course", "coordinator")
    assert "co" not in words(respell("can we co-operate on the essay"))


@pytest.mark.parametrize(
    ("key", "phrase", "held"),
    [
        (("the", "good", "friday", "holiday"), ("good", "friday"), True),
        (("friday", "good"), ("good", "friday"), False),
        (("good", "day", "good", "friday"), ("good", "friday"), True),  # the first word again, then the phrase
        (("is", "it", "good"), ("good", "friday"), False),  # its first word last, the rest past the end
        (("is", "it", "good"), ("good",), True),
        (("is", "it"), ("good",), False),
        (("is", "it"), (), True),
        ((), ("good",), False),
    ],
)
def test_holds_phrase_is_word_for_word_in_order(key, phrase, held):
    """A phrase is held only as its words in order, next to each other."""
    assert holds_phrase(key, phrase) is held


def test_a_course_phrase_is_keyed_once() -> None:
    """Course names and keywords are looked up on every question: their key is made once and kept, not respelled each
    time (a lost cache once cost a quarter of the engine's time)."""
    assert phrase_key("Decline curve analysis") is phrase_key("Decline curve analysis")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("do we ever get to neural nets type things", "do we ever get to neural networks things"),
        ("do we cover bootstrap or smth", "do we cover bootstrap"),
        ("is there sort of a final project", "is there a final project"),
        ("do we learn titration n stuff", "do we learn titration"),
        ("what type of calculator can i use", "what type of calculator can i use"),  # a type asked, kept
    ],
)
def test_hedges_around_a_thing_read_as_nothing(typed, read):
    """ "neural nets type things", "or smth", "sort of": a hedge never stands as a word the page must explain."""
    assert " ".join(respell(typed).split()) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("can i interview my 16 yo cousin", "can i interview my 16 year old cousin"),
        ("my 17yo brother", "my 17 year old brother"),
        ("a 15 y/o", "a 15 year old"),
        ("her 16 yr old son", "her 16 year old son"),
        ("yo when is hw3 due", "yo when is hw3 due"),  # a greeting, no age
    ],
)
def test_an_age_is_read_as_the_page_writes_it(typed, read):
    """ "16 yo", "17yo", "15 y/o": an age in years, as a page's "16 year old" says it."""
    assert respell(typed) == read


def test_a_typo_repaired_to_a_run_together_phrase_is_split_as_typed_right():
    """ "makup" repaired to "makeup" reads as "make up", the way "makeup" typed right does."""
    joined = {"makeup": "make up"}
    fixes = {"makup": "makeup"}
    assert respell("when is the makup", fixes.get, joined) == respell("when is the makeup", fixes.get, joined)
    assert respell("when is the makup", fixes.get, joined) == "when is the make up"
