"""A pattern tried only on a text holding one of its gate's fragments must never match a text holding none: each gate
below is what every match of its pattern holds, so skipping the search changes no answer."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.understand.about_course import attributes, missing_detail, outside_course
from bot.understand.about_course.unheld_attribute import ATTRIBUTES
from bot.understand.exams import exam_number_missing
from bot.understand.meetings import room_unlisted
from bot.understand.open_answer.asked_kind import ASKED_KINDS
from bot.understand.policies import policy_whole
from bot.understand.question import reading
from bot.understand.words import normalize
from bot.understand.words.normalize import holds_fragment
from bot.understand.words.vocabulary import PHRASE_SWAPS, words_of
from bot.understand.work import stated_times
from bot.understand.yes_no import folded

_WORDS = sorted(
    words_of(
        """if when in case unless because since say tell me no yes not it's it isn't my our group is are was keeps never
        can could may i we still send give share us the your all answers answer key sheet solution solutions anyone
        someone got have has another a different other course class module department from for of where whats what time
        do does will forgot forget dont don't can't cant remember recall please pls hw3 lab 2"""
    )
    | words_of(
        """lose lost losing docked dock deducted penalty penalized points marks off marked graded grader scored rubric
        took away wrong incorrect mistake error appeal grade score result review recheck late lateness cutoff cut limit
        cap latest last day date make up makeup it them still take do reopen reopened re-open finish done submit by
        takes place link url web address website how many questions pages answer scripts sheets papers copies booklet
        exam midterm mid-term midsem test quiz out released midnight noon midday 12 pm am half quarter past to nine 3
        first second 2nd words word count long which building venue location who whos whom time hour percent much
        topic subject theme quizzes open opens unlock available go live backup rain rains weather cancelled snow
        software program apps tools install laptop computer pcs need buy examines examiners jury panel view see oh
        ok okay well yeah right"""
    )
    | words_of(" ".join(PHRASE_SWAPS))
)
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(_WORDS) | st.sampled_from([",", ".", "?", "  ", "'"]), max_size=16
).map(lambda parts: " ".join(parts).replace(" ,", ","))

GATED = [
    ("CONDITION", folded.CONDITION, folded._CONDITION_NEEDS),
    ("condition tail", folded._CONDITION_TAIL, folded._CONDITION_TAIL_NEEDS),
    ("wish", folded._WISH, ("say", "tell")),
    ("run-on statement", folded._RUN_ON_STATEMENT, ("my", "our")),
    ("may i after a story", folded._MAY_I_AFTER_STORY, ("still",)),
    ("how much", folded._HOW_MUCH, ("how",)),
    ("phrase swaps", normalize._SWAPS, normalize._SWAPPED),
    ("memory lapse", normalize._FORGOT_WHAT, ("forg", "remember", "recall")),
    ("oh as an interjection", normalize._INTERJECTION_OH, ("oh",)),
    ("answers wanted", outside_course._ANSWERS_WANTED, ("answer", "solution")),
    ("another course", outside_course._OTHER, ("other", "different")),
    ("when or where asked", policy_whole._WHEN_WHERE, ("when", "where", "time")),
    ("penalty", reading._PENALTY, reading._PENALTY_NEEDS),
    ("graded wrong", reading.GRADED_WRONG, reading._GRADED_NEEDS),
    ("late limit", reading._LATE_LIMIT, ("late",)),
    ("make up", reading._MAKE_UP, ("make",)),
    ("still done", reading.STILL_DONE, ("still",)),
    ("reopened", reading._REOPENED, ("open",)),
    ("done by", reading._DONE_BY, ("by",)),
    ("takes place", reading._TAKES_PLACE, ("place",)),
    ("link", missing_detail._LINK, ("url", "link", "web")),
    ("count of parts", missing_detail._COUNT, ("many",)),
    ("scripts", missing_detail._SCRIPTS, missing_detail._SCRIPTS_NEEDS),
    ("results", missing_detail._RESULTS, missing_detail._RESULTS_NEEDS),
    ("papers", missing_detail._PAPERS, missing_detail._PAPERS_NEEDS),
    ("midnight", stated_times._MIDNIGHT, ("midnight",)),
    ("noon", stated_times._NOON, ("noon", "midday", "12")),
    ("spoken clock", stated_times._SPOKEN, ("half", "quarter")),
    ("exam by number", exam_number_missing._NUMBERED, ("mid", "exam", "test")),
    ("exam by order", exam_number_missing._ORDERED, ("mid", "exam", "test")),
    ("where", room_unlisted._WHERE, room_unlisted._WHERE_NEEDS),
    ("word count", attributes._WORD_COUNT, ("word",)),
    ("how long", attributes._HOW_LONG, ("long",)),
    *((f"asks {kind.name}", kind.asked, kind.needs) for kind in ASKED_KINDS),
    *((f"unheld: {a.name}", a.asked, a.needs) for a in ATTRIBUTES if a.needs),
]


@pytest.mark.parametrize(("name", "pattern", "needs"), GATED, ids=[g[0] for g in GATED])
@settings(max_examples=150, deadline=None)
@given(text=_TEXTS)
def test_every_match_holds_a_fragment_of_its_gate(name: str, pattern: re.Pattern[str], needs: tuple[str, ...], text):
    assert pattern.search(text) is None or holds_fragment(text, needs), name


@pytest.mark.parametrize(
    ("text", "fragments", "held"),
    [
        ("can i submit it late", ("late", "early"), True),
        ("when is hw3 due", ("late", "early"), False),
        ("", ("a",), False),
    ],
)
def test_holds_fragment_is_any_fragment_anywhere(text, fragments, held):
    """Any fragment anywhere in the text, inside a word too ("plate" holds "late")."""
    assert holds_fragment(text, fragments) is held


_SCALE_WORDS = words_of(
    """a an b c d f A B C D F a+ b- what do i need for to get is it pass passes barrier minimum on the final exam
    grade mark round up curved can still hd first 79 85 3.7 ? , . lowest min which letter"""
)


@pytest.fixture(scope="module")
def scale_courses():
    from bot.course.loader import load_course
    from tests.conftest import FIXTURES, SECOND_DATA

    return [load_course(SECOND_DATA), load_course(FIXTURES / "courses" / "geo-2210-s25")]


@settings(max_examples=150, deadline=None)
@given(text=st.lists(st.sampled_from(sorted(_SCALE_WORDS)), min_size=1, max_size=9).map(" ".join))
@example(text="what do i need for a b")
@example(text="lowest a passes")
@example(text="is there a barrier on the final exam")
@example(text="is it an A")
@example(text="is a b+ ok")
@example(text="a 79 is it a c")
@example(text="is there a lab a week")
def test_the_grade_scale_reader_skips_only_questions_it_reads_as_nothing(scale_courses, text):
    """A question whose only gate words are lone letters and articles ("is there a lab a week") is skipped before
    the grade patterns only where reading it in full finds nothing asked of the scale."""
    from bot.understand.engine import engine_for
    from bot.understand.work import grade_scale_asked as gsa

    for course in scale_courses:
        kept = gsa._course(course)
        lowered = " ".join(text.lower().split())
        words = set(re.findall(r"[\w']+", lowered))
        if not gsa._only_articles(kept, text, lowered, words):
            continue
        reading = engine_for(course).reader.read(text, dt.datetime(2024, 10, 1, 10, tzinfo=dt.UTC))
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(gsa, "_only_articles", lambda *_: False)
            assert gsa._scale_asked(course, kept, text, reading) is None, text


_LABELLED = st.lists(
    st.sampled_from(["hw", "labs", "lab", "report", "section", "quiz", "a", "b", "i", "3", "12", "4b", "#", ",", "and"])
    | st.sampled_from(["to", "-", "9:00", "2.12", "pm", "okafor", "dana", "room", "?", ".", "'s", "  ", "hw3", "p2"]),
    max_size=14,
).map(" ".join)


@pytest.mark.parametrize("name", ["_NUMBERED", "_LETTERED"])
@settings(max_examples=200, deadline=None)
@given(text=_LABELLED)
def test_a_label_word_taken_whole_reads_as_when_letters_were_given_back(name, text):
    """The label patterns take their word whole (possessive): the same labels as the pattern that gave letters back."""
    from bot.understand.open_answer import other_one

    possessive = getattr(other_one, name)
    backtracking = re.compile(possessive.pattern.replace("[a-z]++", "[a-z]+"))
    assert backtracking.pattern != possessive.pattern
    assert [m.groups() for m in possessive.finditer(text)] == [m.groups() for m in backtracking.finditer(text)]


@pytest.fixture(scope="module")
def staffed_courses():
    from bot.course.loader import load_course
    from tests.conftest import BUNDLED_DATA, FIXTURES, SECOND_DATA

    folders = (BUNDLED_DATA, SECOND_DATA, *(FIXTURES / "courses" / n for n in ("chem-1310-s26", "hist-210-a24")))
    return [load_course(f) for f in folders]


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_staff_name_is_looked_for_only_in_a_text_holding_a_word_of_one(staffed_courses, data):
    """Each course's staff-name pattern never matches a plain text holding no word of a name: its gate."""
    from bot.understand.open_answer.other_one import _plain, kinds

    for course in staffed_courses:
        table = kinds(course)
        names = sorted(table.people)
        text = data.draw(
            st.lists(st.sampled_from(names) | st.sampled_from(_WORDS), max_size=10).map(" ".join)
            | _LABELLED.map(lambda said, names=names: f"{said} {names[0].title()}'s")
        )
        low = _plain(text)
        assert table.people_names.search(low) is None or holds_fragment(low, table.people), course.id
