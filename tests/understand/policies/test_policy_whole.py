"""Policy questions read whole: which reader takes a question, and that a part asking when or where is left to the
question table."""

from __future__ import annotations

import pytest

from bot.understand.policies.policy_whole import policy_read_whole
from tests.understand.conftest import course_in

CHEM = "tests/fixtures/courses/chem-1310-s26"


@pytest.mark.parametrize(
    ("question", "policy", "flag"),
    [
        ("would it be ok if i had chatgpt write my lab report discussion", "ai", "_ai"),
        ("how many quizzes am i allowed to miss", "quizzes", "_allowance"),
        ("i have drc accommodations, how do i book the testing center", "accommodations", None),
        ("can i switch to a different lab section for one week", "labs", None),
    ],
)
def test_the_reader_that_takes_a_question(question, policy, flag):
    slots = policy_read_whole(course_in(CHEM), question)
    assert slots is not None
    assert slots["policy"] == policy
    assert flag is None or slots.get(flag)


@pytest.mark.parametrize(
    "question",
    [
        "how many quizzes can i miss and when is the next quiz",
        "can i switch labs this week, where is lab 103",
        "when is the final",
    ],
)
def test_a_part_asking_when_or_where_is_left_to_the_table(question):
    assert policy_read_whole(course_in(CHEM), question) is None


def test_each_readers_needs_are_whole_words():
    """The words a row needs are whole lowercased words, as the question is split (no prefixes, no spaces)."""
    from bot.understand.choosing.recognizers import question_words
    from bot.understand.policies.policy_whole import READERS

    for row in READERS:
        assert row.needs is None or all(question_words(w) == {w} for w in row.needs)


def _asked() -> list[tuple[str, str]]:
    """(course folder, question) of every bundled question set, and phrasings each reader takes."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    folders = {p.name: p for base in ("data", "tests/fixtures/courses") for p in (root / base).iterdir()}
    asked = []
    for path in sorted((root / "tests" / "questions").glob("*.toml")):
        data = tomllib.loads(path.read_text())
        folder = str(folders[data["course"]].relative_to(root))
        asked += [(folder, q["text"]) for q in data["question"]]
    phrasings = [
        "would it be ok if i had chatgpt write my lab report discussion",
        "Is it Cheating to use copilot to check my code",
        "i got 40 on the midterm and 60 on the labs, do i pass?",
        "how many quizzes am i allowed to miss",
        "do all the quizzes count",
        "i missed lab on monday, do i need a doctor's note",
        "my lab partner has done nothing all week",
        "my team mate stopped replying, what do i do",
        "my groupmates are ghosting me",
    ]
    return asked + [(folder, q) for q in phrasings for folder in (CHEM, "data/10-605-s24")]


def test_a_reader_skipped_for_want_of_its_words_would_have_found_nothing():
    """The gate hides no question: every reader with `needs`, run ungated on a question holding none of its words,
    reads nothing; and the phrasings above are taken by every such reader but the pass mark's (no course here has
    a rule on passing)."""
    from bot.understand.choosing.recognizers import question_words
    from bot.understand.policies.policy_whole import READERS

    taken: set[str] = set()
    for folder, question in _asked():
        course = course_in(folder)
        words = question_words(question)
        for row in READERS:
            found = row.read(course, question)
            if row.needs is not None and row.needs.isdisjoint(words):
                assert not found, (row.read.__name__, question)
            if found:
                taken.add(row.read.__name__)
    assert {"_ai", "_allowance", "_partner"} <= taken
