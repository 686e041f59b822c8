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


@pytest.mark.parametrize("fence", ["```", "~~~", "````"])
def test_markdown_headings_inside_a_code_block_are_part_of_the_answer(fence):
    data = (
        f"## How do I write a markdown heading in my report?\nLike this:\n{fence}md\n## Results\n"
        f"### Details\n{fence}\nThen export it.\n## Is the exam open book?\nNo.\n"
    ).encode()
    pairs = read_faq("faq.md", data)
    assert [p.question for p in pairs] == ["How do I write a markdown heading in my report?", "Is the exam open book?"]
    assert pairs[0].answer.endswith(f"## Results\n### Details\n{fence}\nThen export it.")


def test_a_shorter_or_other_fence_does_not_close_a_code_block():
    data = b"## Q one?\n````\n```\n## not a question\n~~~\n````\nafter\n"
    (pair,) = read_faq("faq.md", data)
    assert "## not a question" in pair.answer
    assert pair.answer.endswith("after")


@pytest.mark.parametrize(
    ("header", "named"), [("Question,Answer,Question", "question"), ("question,answer,Answer ", "answer")]
)
def test_a_repeated_column_is_refused_by_name(header, named):
    data = f"{header}\nIs it open book?,No.,Are lectures recorded?\n".encode()
    with pytest.raises(UserError) as err:
        read_faq("faq.csv", data)
    assert f"repeats a column ({named} is columns" in err.value.message
