"""FAQ files: CSV (question, answer, optional tags) and Markdown (## question, then the answer)."""

from __future__ import annotations

import pytest

from bot.core.errors import UserError
from bot.qa.faq_file import read_faq


def test_csv_with_tags_and_quotes():
    data = b'question,answer,tags\n"Can I, maybe, resubmit?","Yes, until the deadline.","gradescope, hw"\n'
    (pair,) = read_faq("faq.csv", data)
    assert (pair.question, pair.answer, pair.tags) == (
        "Can I, maybe, resubmit?",
        "Yes, until the deadline.",
        "gradescope hw",
    )


def test_markdown_pairs_keep_the_answer_lines():
    data = b"# FAQ\n\n## Is the exam open book?\nNo.\nOne sheet of notes.\n\n## Are lectures recorded?\nYes.\n"
    pairs = read_faq("faq.md", data)
    assert [p.question for p in pairs] == ["Is the exam open book?", "Are lectures recorded?"]
    assert pairs[0].answer == "No.\nOne sheet of notes."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("f.csv", b"q,a\nx,y\n", "needs columns question and answer"),
        ("f.csv", b"question,answer\nHello?,\n", "line 2: answer is empty"),
        ("f.md", b"just text\n", "no question and answer found"),
        ("f.md", b"## Same?\nA\n## same?\nB\n", "repeats question 1"),
        ("f.csv", b"\xff\xfe", "not UTF-8"),
    ],
)
def test_problems_are_named_and_nothing_is_imported(name, data, message):
    with pytest.raises(UserError, match=message):
        read_faq(name, data)


def test_the_same_question_has_the_same_origin_whatever_its_spacing():
    one, two = read_faq("a.md", b"## Is it  open book?\nNo.\n")[0], read_faq("b.md", b"## is it open book?\nNo\n")[0]
    assert one.origin == two.origin
